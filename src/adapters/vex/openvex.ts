import { z } from 'zod';
import { configError } from '../../core/model/errors.js';
import type { VexProduct, VexStatement } from '../../core/model/vex.js';

/**
 * OpenVEX v0.2.0 (https://openvex.dev/ns/v0.2.0; its JSON schema is test/fixtures/vex/openvex_json_schema.json):
 * the fields a statement's meaning depends on are checked as the schema gives them, and a document that breaks
 * one is refused naming the file and the field, because a statement read wrongly would suppress the wrong
 * finding. The document's @id is not required: Trivy's own documents leave it out, and nothing here keys on it.
 */

const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

const identifiers = z.object({ purl: z.string().min(1).optional() }).loose();
const subcomponent = z.object({ '@id': z.string().min(1).optional(), identifiers: identifiers.optional() }).loose();
const component = subcomponent.extend({ subcomponents: z.array(subcomponent).optional() });
const timestamp = z.iso.datetime({ offset: true });

const statement = z
  .object({
    vulnerability: z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).optional() }).loose(),
    products: z.array(component).optional(),
    status: z.enum(['not_affected', 'affected', 'fixed', 'under_investigation']),
    justification: z.enum(JUSTIFICATIONS).optional(),
    impact_statement: z.string().optional(),
    timestamp: timestamp.optional(),
    author: z.string().optional(),
  })
  .loose()
  .superRefine((value, context) => {
    // The spec: a not_affected statement MUST say why, by a justification or an impact statement.
    if (value.status === 'not_affected' && value.justification === undefined && !value.impact_statement) {
      context.addIssue({ code: 'custom', path: ['justification'], message: 'a not_affected statement needs a justification or an impact_statement' });
    }
  });

const document = z
  .object({
    '@context': z.string().regex(/^https:\/\/openvex\.dev\/ns(\/v0\.2\.0)?$/, 'must be https://openvex.dev/ns/v0.2.0'),
    author: z.string().min(1),
    timestamp,
    version: z.number().int().min(1),
    statements: z.array(statement).min(1),
  })
  .loose();

/** The statements of one OpenVEX document; `file` names it in errors and on every statement. */
export function parseOpenVex(data: unknown, file: string): VexStatement[] {
  const result = document.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    const field = issue === undefined || issue.path.length === 0 ? '(document)' : issue.path.map(String).join('.');
    throw configError(`VEX document ${file}: field ${field}: ${issue?.message ?? 'invalid'}`);
  }
  const parsed = result.data;
  return parsed.statements.map((item): VexStatement => {
    const products = (item.products ?? []).map((product): VexProduct => ({
      ...optionalPurl(product),
      subcomponents: (product.subcomponents ?? []).flatMap((sub) => {
        const { purl } = optionalPurl(sub);
        return purl === undefined ? [] : [purl];
      }),
    }));
    return {
      vulnerability: { name: item.vulnerability.name, aliases: item.vulnerability.aliases ?? [] },
      products,
      status: item.status,
      ...(item.justification !== undefined && { justification: item.justification }),
      ...(item.impact_statement && { impactStatement: item.impact_statement }),
      author: item.author ?? parsed.author,
      document: file,
      timestamp: item.timestamp ?? parsed.timestamp,
    };
  });
}

/** A component's package URL: its @id when that is one, else identifiers.purl. */
function optionalPurl(component: { '@id'?: string | undefined; identifiers?: { purl?: string | undefined } | undefined }): { purl?: string } {
  const id = component['@id'];
  if (id?.startsWith('pkg:')) return { purl: id };
  const purl = component.identifiers?.purl;
  return purl === undefined ? {} : { purl };
}
