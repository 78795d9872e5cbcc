// A GraphQL client for test setup and for checking what the server stored, signed
// in through the real login mutation (the session cookie lives in the request
// context). The browser tests themselves go through the UI.

import { request } from 'playwright-core';
import type { APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from './accounts';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLError[],
  ) {
    super(message);
  }
}

export interface GraphQLClient {
  /** Runs an operation; throws a GraphQLRequestError when the answer has errors. */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
  dispose(): Promise<void>;
}

async function post<T>(api: APIRequestContext, document: string, variables: Record<string, unknown>): Promise<T> {
  const response = await api.post('/graphql', { data: { query: document, variables } });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLError[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`POST /graphql answered ${response.status()} with non-JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(`GraphQL errors: ${JSON.stringify(body.errors)}`, body.errors);
  }
  if (!response.ok() || body.data === undefined) {
    throw new Error(`POST /graphql answered ${response.status()}: ${text.slice(0, 300)}`);
  }
  return body.data;
}

/** A client signed in as `email` (the demo password unless given). */
export async function graphqlAs(baseURL: string, email: string, password = DEMO_PASSWORD): Promise<GraphQLClient> {
  const api = await request.newContext({ baseURL });
  try {
    await post(api, 'mutation Login($input: LoginInput!) { login(input: $input) { viewer { roles } } }', {
      input: { email, password },
    });
  } catch (error) {
    await api.dispose();
    throw error;
  }
  return {
    query: <T>(document: string, variables: Record<string, unknown> = {}) => post<T>(api, document, variables),
    dispose: () => api.dispose(),
  };
}

export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  status: 'INVITED' | 'ACTIVE' | 'DISABLED';
}

/** People whose name or e-mail contains `search`. */
export async function findPeople(client: GraphQLClient, search: string): Promise<PersonSummary[]> {
  const data = await client.query<{ people: { nodes: PersonSummary[] } }>(
    'query People($search: String) { people(first: 100, search: $search) { nodes { id name email status } } }',
    { search },
  );
  return data.people.nodes;
}

/** The one person with this e-mail address. */
export async function personByEmail(client: GraphQLClient, email: string): Promise<PersonSummary> {
  const match = (await findPeople(client, email)).filter((p) => p.email.toLowerCase() === email.toLowerCase());
  if (match.length !== 1 || !match[0]) throw new Error(`expected exactly one person with e-mail ${email}, found ${match.length}`);
  return match[0];
}

export interface SchoolSummary {
  id: string;
  name: string;
  brin: string;
  plaats: string;
}

/** Schools whose name, BRIN or plaats contains `search`. */
export async function findSchools(client: GraphQLClient, search: string): Promise<SchoolSummary[]> {
  const data = await client.query<{ schools: { nodes: SchoolSummary[] } }>(
    'query Schools($search: String) { schools(first: 100, search: $search) { nodes { id name brin plaats } } }',
    { search },
  );
  return data.schools.nodes;
}
