import { z } from 'zod';
import { RelataError } from '../domain';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z
  .object({
    RELATA_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
    RELATA_DATA_DIR: z.string().min(1).default('./.relata'),
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
        'must be a neo4j:// or bolt:// URI',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(5000),
    RELATA_MAX_ACTORS: z.coerce.number().int().min(1).default(250_000),
    RELATA_MAX_CLAIMS: z.coerce.number().int().min(1).default(1_500_000),
    RELATA_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    RELATA_READ_AUTH: bool.default(false),
    RELATA_INTROSPECTION: bool.default(true),
    RELATA_CORS_ORIGINS: z.string().default(''),
    RELATA_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
    RELATA_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    RELATA_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(2_000_000),
  })
  .refine((c) => !c.RELATA_READ_AUTH || c.RELATA_TOKEN !== undefined, {
    message: 'RELATA_READ_AUTH=true needs RELATA_TOKEN',
    path: ['RELATA_READ_AUTH'],
  })
  .refine((c) => c.RELATA_STORE !== 'neo4j' || c.NEO4J_URI !== undefined, {
    message: 'NEO4J_URI is required when RELATA_STORE=neo4j',
    path: ['NEO4J_URI'],
  });

export interface Config {
  store: 'embedded' | 'neo4j';
  dataDir: string;
  /** Embedded store size limits. */
  maxActors: number;
  maxClaims: number;
  port: number;
  host: string;
  neo4j: {
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
    batchSize: number;
  };
  security: {
    /** Bearer token for writes (and reads when readAuth); writes are disabled without one. */
    token: string | undefined;
    readAuth: boolean;
    introspection: boolean;
    corsOrigins: string[];
    /** Requests per minute per client on the API; 0 turns rate limiting off. */
    rateLimitPerMinute: number;
    queryTimeoutMs: number;
    maxBodyBytes: number;
  };
}

/** Parses configuration once, at start-up, from the environment; fails fast with CONFIG_INVALID. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = ConfigSchema.safeParse(blankless);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new RelataError('CONFIG_INVALID', `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  return {
    store: c.RELATA_STORE,
    dataDir: c.RELATA_DATA_DIR,
    maxActors: c.RELATA_MAX_ACTORS,
    maxClaims: c.RELATA_MAX_CLAIMS,
    port: c.PORT,
    host: c.HOST,
    neo4j: {
      uri: c.NEO4J_URI,
      user: c.NEO4J_USER,
      password: c.NEO4J_PASSWORD,
      database: c.NEO4J_DATABASE,
      batchSize: c.NEO4J_BATCH_SIZE,
    },
    security: {
      token: c.RELATA_TOKEN,
      readAuth: c.RELATA_READ_AUTH,
      introspection: c.RELATA_INTROSPECTION,
      corsOrigins: c.RELATA_CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      rateLimitPerMinute: c.RELATA_RATE_LIMIT,
      queryTimeoutMs: c.RELATA_QUERY_TIMEOUT_MS,
      maxBodyBytes: c.RELATA_MAX_BODY_BYTES,
    },
  };
};
