import { z } from 'zod';
import { RelataError } from '../domain';

const port = z.coerce.number().int().min(0).max(65535);

const ConfigSchema = z
  .object({
    RELATA_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
    RELATA_DATA_DIR: z.string().min(1).default('./.relata'),
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j:// or bolt:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(5000),
  })
  .refine((c) => c.RELATA_STORE !== 'neo4j' || c.NEO4J_URI !== undefined, {
    message: 'NEO4J_URI is required when RELATA_STORE=neo4j',
    path: ['NEO4J_URI'],
  });

export interface Config {
  store: 'embedded' | 'neo4j';
  dataDir: string;
  port: number;
  host: string;
  neo4j: {
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
    batchSize: number;
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
    port: c.PORT,
    host: c.HOST,
    neo4j: {
      uri: c.NEO4J_URI,
      user: c.NEO4J_USER,
      password: c.NEO4J_PASSWORD,
      database: c.NEO4J_DATABASE,
      batchSize: c.NEO4J_BATCH_SIZE,
    },
  };
};
