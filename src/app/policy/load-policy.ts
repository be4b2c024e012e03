/**
 * Reads the workspace's policy file and the files of trust it names by path (key files, CA certificates): bounded
 * reads of regular files, each error naming the file (and, for a file of trust, the policy line that names it).
 * config/policy/load.ts turns the text into the typed policy and does no I/O; the base branch's policy is read
 * through the same readSignatureKeys with a reader of its own (policy-source.ts).
 */
import { INPUT_LIMITS, InputFileError, readInputText } from '../../adapters/files/index.js';
import { configError, describeError, GateError } from '../../core/model/errors.js';
import { certificatesProblem } from '../../config/policy/certificate-authorities.js';
import { parsePolicyText, type PolicyFile } from '../../config/policy/load.js';
import { publicKeyProblem } from '../../config/policy/signatures-schema.js';

/**
 * Reads and validates a policy file. A missing file is fine only when nobody asked for it
 * explicitly (the default path); a file that was named must exist. `file`: the path relative to the workspace,
 * for annotations on the lines of its mistakes (messages name the file as `path` does).
 */
export async function loadPolicyFile(path: string, options: { required: boolean; file?: string }): Promise<PolicyFile | undefined> {
  let text: string;
  try {
    text = await readInputText(path, { what: 'policy file', maxBytes: INPUT_LIMITS.policy });
  } catch (error) {
    if (error instanceof InputFileError && error.problem === 'missing' && !options.required) return undefined;
    throw error;
  }
  const file = parsePolicyText(text, path, options.file);
  await readSignatureKeys(file, path);
  return file;
}

/** Reads a file of trust the policy names, given the path as written; `file` says what it is (default: a key file). */
export type KeyFileReader = (path: string, file?: TrustFile) => Promise<string>;

export interface TrustFile {
  what: string;
  maxBytes: number;
}

/** A CA's PEM certificates: a few KiB each, and a bundle of them well below a TLS PEM's limit. */
const CERTIFICATES_FILE: TrustFile = { what: 'certificates file', maxBytes: INPUT_LIMITS.tlsPem };

/**
 * Reads the key files that `signatures.keys` names by path (relative to the working directory, as
 * every path in the policy is), so that buildPolicy stays pure. Each error names the key's line.
 * `read` reads them from disk unless a policy from elsewhere (the base branch) brings its own reader.
 */
export async function readSignatureKeys(file: PolicyFile, source: string, read: KeyFileReader = readKeyFile): Promise<void> {
  await readKeys(file.document.signatures?.keys ?? [], file.signatureKeys ?? [], 'signatures.keys', source, read);
  await readKeys(file.document['base-image']?.signed?.keys ?? [], file.baseImageKeys ?? [], 'base-image.signed.keys', source, read);
  await readCertificateAuthorities(file, source, read);
}

async function readKeyFile(path: string, file: TrustFile = { what: 'key file', maxBytes: INPUT_LIMITS.publicKey }): Promise<string> {
  return readInputText(path, file);
}

/** The PEM files of `signatures.certificate-authorities`, read the same way as key files; each error names the line. */
async function readCertificateAuthorities(file: PolicyFile, source: string, read: KeyFileReader): Promise<void> {
  for (const [index, authority] of (file.document.signatures?.['certificate-authorities'] ?? []).entries()) {
    const entry = file.certificateAuthorities?.[index];
    if (entry === undefined) continue;
    for (const field of ['roots', 'intermediates'] as const) {
      const path = authority[field];
      if (path === undefined) continue;
      const where = `${source} line ${entry.line}: signatures.certificate-authorities[${index}].${field}`;
      let pem: string;
      try {
        pem = await read(path, CERTIFICATES_FILE);
      } catch (error) {
        if (error instanceof GateError) throw new GateError(error.kind, `${where}: ${error.message}`, { cause: error });
        throw configError(`${where}: ${describeError(error)}`, error);
      }
      const problem = certificatesProblem(pem);
      if (problem !== undefined) throw configError(`${where}: ${path} ${problem}`);
      if (field === 'roots') entry.rootsPem = pem;
      else entry.intermediatesPem = pem;
    }
  }
}

async function readKeys(
  keys: readonly { path?: string | undefined }[],
  located: { line: number; pemFromPath?: string }[],
  name: string,
  source: string,
  read: KeyFileReader,
): Promise<void> {
  for (const [index, key] of keys.entries()) {
    const entry = located[index];
    if (key.path === undefined || entry === undefined) continue;
    const where = `${source} line ${entry.line}: ${name}[${index}].path`;
    let pem: string;
    try {
      pem = await read(key.path);
    } catch (error) {
      // A reader's own error (the file is not regular, too large, or the base branch could not be read) says what went wrong.
      if (error instanceof GateError) throw new GateError(error.kind, `${where}: ${error.message}`, { cause: error });
      throw configError(`${where}: ${describeError(error)}`, error);
    }
    const problem = publicKeyProblem(pem);
    if (problem !== undefined) throw configError(`${where}: key file ${key.path} ${problem}`);
    entry.pemFromPath = pem;
  }
}
