import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`...`)` call with a direct import of the document that
 * graphql-codegen generated for it (`LoginMutation` → `LoginDocument`), like the
 * client preset's Babel plugin. Without it, `src/gql/gql.ts` puts every document
 * of every feature into the entry chunk; with it, each document travels with the
 * lazy route that uses it.
 */
export function graphqlDocuments(): Plugin {
  const callPattern = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const definitionPattern = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;
  const importPattern = /^import\s*\{\s*graphql\s*\}\s*from\s*['"]@\/gql(?:\/index)?['"];?\s*$/m;

  return {
    name: 'leergang:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !importPattern.test(code)) return null;
      const names = new Set<string>();
      const replaced = code.replace(callPattern, (_call, source: string) => {
        const match = definitionPattern.exec(source);
        if (!match) throw new Error(`${id}: cannot find the operation or fragment name in a graphql() document`);
        const [, kind, name] = match as unknown as [string, string, string];
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.add(exported);
        return exported;
      });
      if (names.size === 0) return null;
      const imports = `import { ${[...names].sort().join(', ')} } from '@/gql/graphql';`;
      return { code: replaced.replace(importPattern, imports), map: null };
    },
  };
}
