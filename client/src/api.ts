/** Minimal GraphQL client: POST /graphql, typed errors for the UI. */

/** The server answered with GraphQL errors (validation, not found, bad input…). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly code: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

/** The request never got a usable answer (offline, server down, proxy error). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly code = 'NETWORK_ERROR';
  readonly retryable = true;
}

interface GraphQLErrorJson {
  message?: unknown;
  extensions?: { code?: unknown };
}

interface GraphQLResponseJson<T> {
  data?: T | null;
  errors?: GraphQLErrorJson[];
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

/** Turns a GraphQL response body into data or an ApiError. Pure, for tests. */
export const unwrapResponse = <T>(json: unknown, httpStatus: number): T => {
  if (typeof json !== 'object' || json === null) {
    throw new NetworkError(`Unexpected response from server (HTTP ${httpStatus})`);
  }
  const body = json as GraphQLResponseJson<T>;
  const first = body.errors?.[0];
  if (first !== undefined) {
    const message = typeof first.message === 'string' ? first.message : 'Unknown server error';
    const code =
      typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    const more = (body.errors?.length ?? 1) - 1;
    throw new ApiError(
      more > 0 ? `${message} (+${more} more)` : message,
      code,
      code === 'INTERNAL_SERVER_ERROR' || httpStatus >= 500,
    );
  }
  if (body.data === undefined || body.data === null) {
    throw new NetworkError(`Empty response from server (HTTP ${httpStatus})`);
  }
  return body.data;
};

export const createClient = (
  endpoint = '/graphql',
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): GraphQLClient => ({
  async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal) {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: signal ?? null,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new NetworkError('Cannot reach the Relata server. Check your connection and retry.');
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new NetworkError(
        `The server returned an unreadable response (HTTP ${response.status})`,
      );
    }
    return unwrapResponse<T>(json, response.status);
  },
});

export const isAbort = (err: unknown): boolean =>
  err instanceof DOMException && err.name === 'AbortError';

/** A short human description and code for any error, for the error banner. */
export const describeError = (
  err: unknown,
): { message: string; code: string; retryable: boolean } => {
  if (err instanceof ApiError)
    return { message: err.message, code: err.code, retryable: err.retryable };
  if (err instanceof NetworkError) return { message: err.message, code: err.code, retryable: true };
  if (err instanceof Error) return { message: err.message, code: 'CLIENT_ERROR', retryable: true };
  return { message: String(err), code: 'CLIENT_ERROR', retryable: true };
};
