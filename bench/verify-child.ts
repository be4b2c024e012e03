/**
 * The signature benchmark, in one process: Debian's docker-registry on a loopback port holds an image with a
 * keyless cosign-style signature and an SLSA v1 attestation (offline mock Sigstore, attached as referrers through
 * the fallback tag). Each round measures, interleaved so they share the machine's state:
 *   whole   — image-gate's verification as a run does it: a fresh run (its one registry client), pin, verifySignatures
 *   network — the registry part alone: fresh client, pin, discoverEvidence
 *   offline — the rest on evidence discovered once: trusted root read, verifyEvidence for each, evaluateSignatures
 *   bare    — @sigstore/verify alone on the same two bundles with trust material built once
 *   floor   — as many plain fetch() GETs of the manifest as the whole verification made requests
 *   prehash — a real message-signature bundle (the public-good rfc8785 wheel signature) verified from its sha256
 *             digest alone, trust material built once: chain, SCT, log entry, identity and the ECDSA check over
 *             the digest; that ECDSA check alone; and for scale, bare @sigstore/verify on one real public-good
 *             bundle (the npm provenance, DSSE) with the same trust material
 * Prints one JSON line: VerifyMeasurement. The registry is stopped whatever happens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createPublicKey } from 'node:crypto';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import nock from 'nock';
import { parseConfig } from '../src/config/parse.js';
import type { GateConfig } from '../src/config/types.js';
import { silentLogger } from '../src/core/model/logger.js';
import { evaluateSignatures } from '../src/core/judge/signature-gate.js';
import type { EvidenceSource, SignaturePolicy } from '../src/core/model/signatures.js';
import type { SignatureVerdict } from '../src/core/model/verdict.js';
import { createRunContext } from '../src/app/context.js';
import { verifySignatures } from '../src/app/signatures/verify-signatures.js';
import { RegistryClient } from '../src/adapters/registry/client.js';
import { parseImageReference } from '../src/core/model/image-reference.js';
import { discoverEvidence } from '../src/app/signatures/discover.js';
import { checkBundle } from '../src/adapters/sigstore/check-bundle.js';
import { loadTrustedRoot, verifyEvidence, type TrustContext } from '../src/adapters/sigstore/index.js';
import { verifyPrehashed } from '../src/adapters/sigstore/prehash.js';
import { CERTIFICATE_SCHEMES, parseArtifactDigest } from '../src/adapters/sigstore/prehash-entity.js';
import npmProvenance from '../test/fixtures/sigstore/npm-sigstore-2.1.0.provenance.v0.3.sigstore.json' with { type: 'json' };
import wheelBundle from '../test/fixtures/sigstore/rfc8785-0.1.2-wheel.v0.2.sigstore.json' with { type: 'json' };
import { pushReferrer, pushReferrersTag } from '../test/helpers/cosign-push.js';
import { pushImage } from '../test/helpers/oci-push.js';
import { startRegistry } from '../test/helpers/services.js';
import { createMockSigstore, inTotoStatement, IN_TOTO_PAYLOAD_TYPE } from '../test/helpers/sigstore-mock.js';

export interface VerifyMeasurement {
  rounds: number;
  /** Signatures and attestations found and verified in every round. */
  found: number;
  verified: number;
  /** Registry requests of one whole verification, the pin included. */
  requests: number;
  pinRequests: number;
  wholeMs: number;
  networkMs: number;
  offlineMs: number;
  /** offline with the trust material already built, to show what reading the trusted root costs. */
  offlinePreloadedMs: number;
  bareMs: number;
  /** The same number of sequential plain fetch() GETs of the image manifest: the loopback registry's own floor. */
  fetchFloorMs: number;
  /** checkBundle on a real message-signature bundle from its digest, trust material prebuilt. */
  prehashMs: number;
  /** The signature step of it alone: ECDSA P-256 over the digest. */
  prehashSignatureMs: number;
  /** Bare @sigstore/verify on one real public-good bundle, for scale. */
  bareRealMs: number;
}

const SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const SIGNER = {
  identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
  issuer: 'https://token.actions.githubusercontent.com',
};
// The registry sources of the default policy; GitHub's API is another host, not part of this target.
const SOURCES: EvidenceSource[] = ['referrers', 'cosign-tags'];

const rounds = Number(process.argv[2] ?? 20);
const WARM_UP = 3;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** A measurement of a verification that did not pass would time an early exit: refuse it. */
function requirePassed(verdict: SignatureVerdict, what: string): void {
  const verified = verdict.results.filter((result) => result.verified).length;
  if (verdict.violations.length > 0 || verified !== 2 || verdict.problems.length > 0) {
    throw new Error(
      `${what} did not verify the image: ${JSON.stringify({ violations: verdict.violations, problems: verdict.problems, results: verdict.results.map((r) => r.rejection ?? 'verified') })}`,
    );
  }
}

const registry = await startRegistry();
const work = mkdtempSync(join(tmpdir(), 'image-gate-bench-verify-'));
try {
  const host = registry.host;
  const image = await pushImage(host, 'bench/app', 'v1', { user: '1000' });
  const subject = { digest: image.digest, size: image.size, mediaType: image.mediaType };
  const sigstore = await createMockSigstore();
  const bundles: SerializedBundle[] = [
    await sigstore.signDsse(inTotoStatement(image.digest, SIGN_PREDICATE), IN_TOTO_PAYLOAD_TYPE, SIGNER),
    await sigstore.signDsse(
      inTotoStatement(image.digest, SLSA_V1, {
        buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' },
        runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
      }),
      IN_TOTO_PAYLOAD_TYPE,
      SIGNER,
    ),
  ];
  const predicates = [SIGN_PREDICATE, SLSA_V1];
  const descriptors = [];
  for (const [index, bundle] of bundles.entries()) {
    const annotations = { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': predicates[index] ?? '' };
    descriptors.push((await pushReferrer(host, 'bench/app', subject, Buffer.from(JSON.stringify(bundle)), { annotations })).descriptor);
  }
  await pushReferrersTag(host, 'bench/app', image.digest, descriptors);
  // Signing is done: take nock's fetch interceptor out, so the timed registry requests pay only for themselves.
  nock.restore();
  if (nock.isActive()) throw new Error('nock is still intercepting requests');

  const trustedRootPath = join(work, 'trusted_root.json');
  writeFileSync(trustedRootPath, JSON.stringify(sigstore.trustedRoot));
  const policy: SignaturePolicy = {
    mode: 'required',
    sources: SOURCES,
    identities: [{ issuer: SIGNER.issuer, identity: SIGNER.identity }],
    keys: [],
    trustedRootPath,
    attestations: [{ predicateType: SLSA_V1, required: true }],
  };
  const reference = `${host}/bench/app:v1`;
  // Built the way the Action builds it, so the bench follows the config as it grows.
  const config: GateConfig = parseConfig((name) => (name === 'image' ? reference : ''), {
    workspace: work,
    tempDir: work,
  });
  const parsed = parseImageReference(reference);

  const whole = async () => {
    const context = createRunContext({ config, env: {}, logger: silentLogger, workspace: work, tempDir: work });
    const client = await context.registry();
    const pinned = await client.pin(parsed);
    const pinRequests = client.requestCount;
    const verdict = await verifySignatures({ reference: pinned.reference, digest: pinned.digest }, policy, config, context);
    // The run's one client made every request: the pin's, discovery's and their tokens'.
    return { verdict, requests: client.requestCount, pinRequests };
  };
  const network = async () => {
    const client = new RegistryClient({ logger: silentLogger });
    const pinned = await client.pin(parsed);
    return discoverEvidence(client, pinned.reference, pinned.digest, { sources: SOURCES, logger: silentLogger });
  };
  const discovered = await network();
  if (discovered.evidence.length !== 2)
    throw new Error(`expected 2 referrers, discovery found ${discovered.evidence.length}: ${discovered.problems.join('; ')}`);
  const offline = async (preloaded?: TrustContext) => {
    const trust = preloaded ?? loadTrustedRoot(trustedRootPath);
    const results = await Promise.all(discovered.evidence.map((evidence) => verifyEvidence(evidence, image.digest, trust, policy)));
    return evaluateSignatures(results, discovered.problems, policy);
  };
  const preloadedTrust = loadTrustedRoot(trustedRootPath);
  const bareVerifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)));
  const bare = () => {
    for (const bundle of bundles) bareVerifier.verify(toSignedEntity(bundleFromJSON(bundle)));
  };

  // The real wheel signature, verified from its digest as `verify-bundle … sha256:<hex>` does.
  const publicGood = loadTrustedRoot();
  const wheelDigest = parseArtifactDigest('sha256:c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201');
  if (!wheelDigest) throw new Error('the wheel digest does not parse');
  const wheelRules = {
    identities: [
      {
        issuer: 'https://token.actions.githubusercontent.com',
        identity: 'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2',
      },
    ],
    keys: [],
  };
  const prehash = () => {
    const check = checkBundle(wheelBundle, wheelDigest, publicGood, wheelRules);
    if (check.rejection) throw new Error(`the wheel bundle did not verify from its digest: ${check.rejection.code}: ${check.rejection.message}`);
  };
  const wheel = bundleFromJSON(wheelBundle);
  const wheelMaterial = wheel.verificationMaterial.content;
  const wheelCertificate = wheelMaterial.$case === 'x509CertificateChain' ? wheelMaterial.x509CertificateChain.certificates[0]?.rawBytes : undefined;
  if (wheel.content.$case !== 'messageSignature' || !wheelCertificate)
    throw new Error('the wheel bundle is not a message signature with a certificate chain');
  const wheelKey = createPublicKey({ key: Buffer.from(X509Certificate.parse(Buffer.from(wheelCertificate)).publicKey), format: 'der', type: 'spki' });
  const wheelSignature = Buffer.from(wheel.content.messageSignature.signature);
  const prehashSignature = () => {
    if (verifyPrehashed(wheelDigest, wheelKey, wheelSignature, CERTIFICATE_SCHEMES).kind !== 'valid')
      throw new Error('the wheel signature does not verify over its digest');
  };
  const publicGoodVerifier = new Verifier(publicGood.material);
  const bareReal = () => publicGoodVerifier.verify(toSignedEntity(bundleFromJSON(npmProvenance)));

  const manifestUrl = `http://${host}/v2/bench/app/manifests/${image.digest}`;
  const floor = async (count: number) => {
    for (let request = 0; request < count; request++) {
      const response = await fetch(manifestUrl, { headers: { accept: image.mediaType } });
      await response.arrayBuffer();
    }
  };

  const times = {
    whole: [] as number[],
    network: [] as number[],
    offline: [] as number[],
    offlinePreloaded: [] as number[],
    bare: [] as number[],
    floor: [] as number[],
    prehash: [] as number[],
    prehashSignature: [] as number[],
    bareReal: [] as number[],
  };
  const requestCounts = new Set<number>();
  let pinRequests = 0;
  for (let round = 0; round < WARM_UP + rounds; round++) {
    const w = await timed(whole);
    requirePassed(w.value.verdict, 'verifySignatures');
    const n = await timed(network);
    const o = await timed(() => offline());
    requirePassed(o.value, 'the offline verification');
    const p = await timed(() => offline(preloadedTrust));
    const b = await timed(bare);
    const f = await timed(() => floor(w.value.requests));
    const h = await timed(prehash);
    const hs = await timed(prehashSignature);
    const br = await timed(bareReal);
    if (round < WARM_UP) continue;
    requestCounts.add(w.value.requests);
    pinRequests = w.value.pinRequests;
    times.whole.push(w.ms);
    times.network.push(n.ms);
    times.offline.push(o.ms);
    times.offlinePreloaded.push(p.ms);
    times.bare.push(b.ms);
    times.floor.push(f.ms);
    times.prehash.push(h.ms);
    times.prehashSignature.push(hs.ms);
    times.bareReal.push(br.ms);
  }
  if (requestCounts.size !== 1) throw new Error(`the request count varied between rounds: ${[...requestCounts].join(', ')}`);
  const measurement: VerifyMeasurement = {
    rounds,
    found: discovered.evidence.length,
    verified: 2,
    requests: [...requestCounts][0] ?? Number.NaN,
    pinRequests,
    wholeMs: median(times.whole),
    networkMs: median(times.network),
    offlineMs: median(times.offline),
    offlinePreloadedMs: median(times.offlinePreloaded),
    bareMs: median(times.bare),
    fetchFloorMs: median(times.floor),
    prehashMs: median(times.prehash),
    prehashSignatureMs: median(times.prehashSignature),
    bareRealMs: median(times.bareReal),
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
} finally {
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(registry.dataDir), { recursive: true, force: true });
}
