import { afterEach, describe, expect, it } from 'vitest';
import { i18n, translateReason } from '../i18n';
import { en } from './en';
import { nl } from './nl';

/**
 * Every `extensions.reason` the Go server can send with BAD_USER_INPUT:
 * db.Invalid / Validator.Add / uniqueAsInvalid in db and graph, the framework
 * import's row errors (db/frameworkio) and the depth limit in server/graphql.go.
 * A server reason missing from the tables shows the Dutch server message in the
 * English interface, so add new server reasons here and to both tables.
 *
 * Not here: the upload refusals of db/filecheck (unsupported_type, not_docx,
 * zip_bomb) reach the SPA as tus "ERR_…" codes and are translated through
 * praktijk.refusals, not this table.
 */
const SERVER_REASONS = [
  'already_paired',
  'aspect_required',
  'bad_header',
  'before_from',
  'before_meeting',
  'before_open',
  'before_start',
  'brin_taken',
  'competency_description_differs',
  'competency_required',
  'duplicate',
  'duplicate_aspect',
  'duplicate_value',
  'email_taken',
  'empty',
  'future',
  'incomplete',
  'invalid',
  'invalid_brin',
  'invalid_credentials',
  'invalid_cursor',
  'invalid_date',
  'invalid_email',
  'invalid_level',
  'invalid_minutes',
  'invalid_status',
  'invalid_url',
  'label_required',
  'leerjaar_dates',
  'levels',
  'maatje_full',
  'name_mismatch',
  'no_competencies',
  'not_a_candidate',
  'not_a_client',
  'not_a_member',
  'not_a_starter',
  'not_allowed',
  'not_client',
  'not_deelnemer',
  'not_for_default',
  'not_found',
  'not_in_organisation',
  'not_member',
  'not_opleider',
  'not_participant',
  'not_ready',
  'not_started',
  'not_utf8',
  'note_too_long',
  'out_of_range',
  'out_of_scale',
  'password_too_common',
  'password_too_short',
  'placeholder',
  'query_too_deep',
  'required',
  'scale_too_short',
  'self_lockout',
  'taken',
  'template_exists',
  'too_large',
  'too_long',
  'too_many',
  'too_many_aspects',
  'too_many_attempts',
  'too_many_competencies',
  'too_many_rows',
  'too_short',
  'unknown',
  'unknown_aspect',
  'unknown_criterion',
  'unknown_document',
  'unknown_kind',
  'unknown_level',
  'unreadable',
  'value_out_of_range',
  'value_required',
  'wrong_kind',
] as const;

const tables: Record<string, Readonly<Record<string, string>>> = { nl: nl.reasons, en: en.reasons };

describe('reason tables', () => {
  afterEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it.each(Object.keys(tables))('%s has a text for every reason the server sends', (language) => {
    const table = tables[language] ?? {};
    const missing = SERVER_REASONS.filter((reason) => !Object.hasOwn(table, reason) || (table[reason] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });

  it('has the same reasons in Dutch and English', () => {
    expect(Object.keys(en.reasons).sort()).toEqual(Object.keys(nl.reasons).sort());
  });

  it('translates a server reason in the English interface', async () => {
    await i18n.changeLanguage('en');
    expect(translateReason('already_paired')).toBe(en.reasons.already_paired);
    expect(translateReason('no_such_reason')).toBeUndefined();
  });
});
