/**
 * Private certificate authorities from the inputs (cosign's --ca-roots / --ca-intermediates /
 * --certificate-chain) and from the policy's `signatures.certificate-authorities`, checked once when the policy
 * is built: every PEM block a certificate, at least one root. What the certificates allow is judged when a
 * signature is verified (sigstore/private-ca.ts).
 */
import { X509Certificate } from 'node:crypto';
import { configError } from '../../core/model/errors.js';
import type { CertificateAuthorityRule } from '../../core/model/signatures.js';

/** The private-CA inputs with their files read. */
export type CertificateAuthorityPem = { kind: 'roots'; rootsPem: string; intermediatesPem?: string } | { kind: 'chain'; chainPem: string };

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** The reason PEM text is not a list of certificates, or undefined. Quotes nothing from the text. */
export function certificatesProblem(pem: string): string | undefined {
  const blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
  if (blocks.length === 0) return 'holds no PEM certificate (-----BEGIN CERTIFICATE-----)';
  const bad = blocks.findIndex((block) => {
    try {
      new X509Certificate(block);
      return false;
    } catch {
      return true;
    }
  });
  return bad < 0 ? undefined : `has a certificate that does not parse (the ${ordinal(bad + 1)} one)`;
}

/** One CA from the inputs: a chain file is split as cosign splits it, its last certificate the root. */
export function inputAuthority(input: CertificateAuthorityPem, options: { requireSct: boolean; requireTlog: boolean }): CertificateAuthorityRule {
  const check = (pem: string, name: string): void => {
    const problem = certificatesProblem(pem);
    if (problem !== undefined) throw configError(`Input ${name} ${problem}`);
  };
  if (input.kind === 'chain') {
    check(input.chainPem, 'certificate-chain');
    const blocks = input.chainPem.match(CERTIFICATE_BLOCK) ?? [];
    const root = blocks[blocks.length - 1] ?? '';
    return { name: 'certificate-chain input', rootsPem: root, intermediatesPem: blocks.slice(0, -1).join('\n'), ...options };
  }
  check(input.rootsPem, 'ca-roots');
  if (input.intermediatesPem !== undefined) check(input.intermediatesPem, 'ca-intermediates');
  return {
    name: 'ca-roots input',
    rootsPem: input.rootsPem,
    ...(input.intermediatesPem !== undefined && { intermediatesPem: input.intermediatesPem }),
    ...options,
  };
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
