import type { CombinedError } from '@urql/core';

/** The error codes the server puts in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL'
  /** The database was briefly unreachable; the same request may succeed shortly (extensions.retryable). */
  | 'UNAVAILABLE';

/** The part of a GraphQL error this module reads. */
export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** Anything that carries GraphQL errors, such as urql's CombinedError. */
export interface ErrorSource {
  graphQLErrors?: readonly GraphQLErrorLike[];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function codeOf(error: GraphQLErrorLike): string | undefined {
  return asString(error.extensions?.code);
}

export function graphQLErrors(error: ErrorSource | null | undefined): readonly GraphQLErrorLike[] {
  return error?.graphQLErrors ?? [];
}

/** True when one of the GraphQL errors carries the given code. */
export function hasErrorCode(error: ErrorSource | null | undefined, code: ErrorCode): boolean {
  return graphQLErrors(error).some((e) => codeOf(e) === code);
}

/** The first GraphQL error with the given code, if any. */
export function findError(error: ErrorSource | null | undefined, code: ErrorCode): GraphQLErrorLike | undefined {
  return graphQLErrors(error).find((e) => codeOf(e) === code);
}

/** The request id the server adds to INTERNAL errors, for support questions. */
export function requestIdOf(error: ErrorSource | null | undefined): string | undefined {
  for (const e of graphQLErrors(error)) {
    const id = asString(e.extensions?.requestId);
    if (id) return id;
  }
  return undefined;
}

/** True for a transport failure (server unreachable, invalid response). */
export function isNetworkError(error: CombinedError | null | undefined): boolean {
  return Boolean(error?.networkError);
}

/**
 * Normalises the server's field name to a form field name: the last segment of a
 * dotted path ("input.person.email" → "email") without list indexes
 * ("schoolIds[0]" → "schoolIds").
 */
export function normaliseField(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last.replace(/\[\d+\]$/, '');
}

export interface TranslateOptions {
  /** The active interface language, e.g. "nl" or "en". */
  language: string;
  /**
   * Looks up a translation of a reason key ("email_taken"); returns undefined when
   * there is none.
   */
  translateReason: (reason: string) => string | undefined;
}

/**
 * The text to show for one error. Dutch uses the server's Dutch sentence; other
 * languages translate by `extensions.reason` and fall back to the server's message.
 */
export function messageOf(error: GraphQLErrorLike, options: TranslateOptions): string {
  const reason = asString(error.extensions?.reason);
  const translated = reason ? options.translateReason(reason) : undefined;
  if (options.language.startsWith('nl')) {
    return error.message || translated || '';
  }
  return translated ?? error.message;
}

export interface FieldErrorMapping {
  /** Errors by form field name (first error per field wins). */
  fieldErrors: Record<string, string>;
  /** Messages of errors that belong to no known form field. */
  otherErrors: string[];
}

export interface MapFieldErrorsOptions extends TranslateOptions {
  /** The form's field names; errors for other fields end up in otherErrors. */
  fields: readonly string[];
  /** Renames server field names to form field names, e.g. { newPassword: 'password' }. */
  fieldMap?: Readonly<Record<string, string>>;
}

/** Maps BAD_USER_INPUT errors to form fields; other errors become general messages. */
export function mapFieldErrors(
  error: ErrorSource | null | undefined,
  options: MapFieldErrorsOptions,
): FieldErrorMapping {
  const fieldErrors: Record<string, string> = {};
  const otherErrors: string[] = [];
  for (const e of graphQLErrors(error)) {
    const message = messageOf(e, options);
    const rawField = asString(e.extensions?.field);
    if (codeOf(e) === 'BAD_USER_INPUT' && rawField) {
      const normalised = normaliseField(rawField);
      const field = options.fieldMap?.[normalised] ?? options.fieldMap?.[rawField] ?? normalised;
      if (options.fields.includes(field)) {
        fieldErrors[field] ??= message;
        continue;
      }
    }
    if (message && !otherErrors.includes(message)) otherErrors.push(message);
  }
  return { fieldErrors, otherErrors };
}

/**
 * Puts each mapped error next to its form field and returns the messages that
 * have no field.
 */
export function applyFieldErrors(
  form: { setFieldError: (path: string, error: string) => void },
  error: ErrorSource | null | undefined,
  options: MapFieldErrorsOptions,
): string[] {
  const { fieldErrors, otherErrors } = mapFieldErrors(error, options);
  for (const [field, message] of Object.entries(fieldErrors)) {
    form.setFieldError(field, message);
  }
  return otherErrors;
}
