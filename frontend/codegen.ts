import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the server's schema. The output in src/gql is committed,
// so it must be byte-for-byte stable for the same schema and documents.
const config: CodegenConfig = {
  schema: '../graph/schema/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: {
          Date: 'string',
          Time: 'string',
        },
        // A scalar the schema adds later is typed `unknown` until it gets a mapping here.
        defaultScalarType: 'unknown',
        avoidOptionals: {
          field: true,
          inputValue: false,
          object: true,
          defaultValue: false,
        },
      },
    },
  },
};

export default config;
