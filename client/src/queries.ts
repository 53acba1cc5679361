/** GraphQL documents used by the explorer. */

const SUBGRAPH_FIELDS = /* GraphQL */ `
  nodes { id name kind role aliases }
  edges {
    id source { id } target { id } predicate directed claimCount status statuses contested
    firstDate lastDate maxConfidence
  }
  truncated
`;

export const BOOT_QUERY = /* GraphQL */ `
  query Boot {
    axis {
      id
      name
      kind
    }
    stats {
      actors
      relationships
      claims
      sources
    }
  }
`;

export const STATS_QUERY = /* GraphQL */ `
  query Stats {
    stats {
      actors
      relationships
      claims
      sources
    }
  }
`;

const FILTER_VARS = /* GraphQL */ `
    $predicates: [Predicate!]
    $statuses: [ClaimStatus!]
    $origins: [ClaimOrigin!]
    $from: String
    $to: String
`;
const FILTER_ARGS = /* GraphQL */ `
      predicates: $predicates
      statuses: $statuses
      origins: $origins
      from: $from
      to: $to
`;

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query Neighborhood(
    $actorIds: [ID!]!
    $depth: Int
    $limit: Int
    ${FILTER_VARS}
  ) {
    neighborhood(
      actorIds: $actorIds
      depth: $depth
      limit: $limit
      ${FILTER_ARGS}
    ) { ${SUBGRAPH_FIELDS} }
  }
`;

/** Only the dates of a view's relationships: the time slider's domain. */
export const DATES_QUERY = /* GraphQL */ `
  query Dates(
    $actorIds: [ID!]!
    $depth: Int
    $limit: Int
    ${FILTER_VARS}
  ) {
    neighborhood(
      actorIds: $actorIds
      depth: $depth
      limit: $limit
      ${FILTER_ARGS}
    ) {
      edges {
        firstDate
        lastDate
      }
    }
  }
`;

export const PATHS_QUERY = /* GraphQL */ `
  query Paths(
    $from: ID!
    $to: ID!
    $maxLength: Int
    $limit: Int
    $predicates: [Predicate!]
    $statuses: [ClaimStatus!]
    $origins: [ClaimOrigin!]
    $window: DateWindow
  ) {
    paths(
      from: $from
      to: $to
      maxLength: $maxLength
      limit: $limit
      predicates: $predicates
      statuses: $statuses
      origins: $origins
      window: $window
    ) {
      length
      nodes {
        id
        name
        kind
        role
        aliases
      }
      edges {
        id
        source {
          id
        }
        target {
          id
        }
        predicate
        directed
        claimCount
        status
        statuses
        contested
        firstDate
        lastDate
        maxConfidence
      }
    }
  }
`;

export const METRICS_QUERY = /* GraphQL */ `
  query Metrics(
    $actorIds: [ID!]
    $depth: Int
    $limit: Int
    ${FILTER_VARS}
  ) {
    metrics(
      actorIds: $actorIds
      depth: $depth
      limit: $limit
      ${FILTER_ARGS}
    ) {
      scope
      nodes {
        actor { id }
        degree
        weightedDegree
        betweenness
        pagerank
        community
      }
      communities { id size }
      modularity
      betweennessSampled
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      name
      kind
      role
      aliases
    }
  }
`;

export const ACTOR_QUERY = /* GraphQL */ `
  query Actor(
    $id: ID!
    ${FILTER_VARS}
  ) {
    actor(id: $id) {
      id
      name
      kind
      role
      aliases
      description
      degree
      affiliation {
        id
        name
        kind
      }
      relationships(
        ${FILTER_ARGS}
        first: 200
      ) {
        id
        predicate
        status
        claimCount
        contested
        firstDate
        lastDate
        source {
          id
          name
          kind
        }
        target {
          id
          name
          kind
        }
      }
    }
  }
`;

export const RELATIONSHIP_QUERY = /* GraphQL */ `
  query Relationship(
    $id: ID!
    ${FILTER_VARS}
  ) {
    relationship(
      id: $id
      ${FILTER_ARGS}
    ) {
      id
      predicate
      directed
      claimCount
      sourceCount
      firstDate
      lastDate
      status
      statuses
      contested
      maxConfidence
      source {
        id
        name
        kind
      }
      target {
        id
        name
        kind
      }
      claims(all: true) {
        id
        status
        date
        note
        evidence
        evidenceStart
        evidenceEnd
        confidence
        items
        origin
        role
        cameo
        quantity {
          value
          unit
        }
        attributedTo {
          id
          name
        }
        subject {
          id
          name
          aliases
        }
        object {
          id
          name
          aliases
        }
        source {
          id
          title
          publisher
          publishedDate
          url
          file
        }
      }
    }
  }
`;
