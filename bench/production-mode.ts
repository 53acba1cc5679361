// Benchmarks measure the product as it runs: graphql-js in production mode (see cli/main.ts).
process.env.NODE_ENV ??= 'production';
