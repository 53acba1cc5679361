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

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query Neighborhood(
    $actorIds: [ID!]!
    $depth: Int
    $predicates: [Predicate!]
    $statuses: [ClaimStatus!]
    $limit: Int
  ) {
    neighborhood(
      actorIds: $actorIds
      depth: $depth
      predicates: $predicates
      statuses: $statuses
      limit: $limit
    ) { ${SUBGRAPH_FIELDS} }
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
  query Actor($id: ID!, $predicates: [Predicate!], $statuses: [ClaimStatus!]) {
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
      relationships(predicates: $predicates, statuses: $statuses, first: 200) {
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
  query Relationship($id: ID!, $predicates: [Predicate!], $statuses: [ClaimStatus!]) {
    relationship(id: $id, predicates: $predicates, statuses: $statuses) {
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
        }
        object {
          id
          name
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
