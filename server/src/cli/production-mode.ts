// graphql-js runs costly development-mode checks (instanceof across realms on every value)
// unless NODE_ENV is production when it loads. The CLI runs the product, so default to it.
process.env.NODE_ENV ??= 'production';
