import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  KNOWN_BUNDLE_MEDIA_TYPES,
  checkBundle,
  identityFromCertificate,
  isRecord,
  keyIdOf,
  loadTrustedRoot,
  loadTrustedRootFresh,
  matchIdentity,
  parsePublicKeyRules,
  parseStatement,
  reject,
  requireSubject,
  require_dist,
  toRejection,
  trustContextFromJSON
} from "./chunk-JG5BWBOT.js";
import "./chunk-7WBELWDF.js";
import "./chunk-OAV25Q7R.js";
import "./chunk-C2FRMPVS.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-CBAA7TTF.js";
import {
  errorMessage
} from "./chunk-QTDHMDYW.js";
import {
  __toESM
} from "./chunk-AWIWLHBC.js";

// src/sigstore/cosign-layer.ts
var import_bundle = __toESM(require_dist(), 1);
import { createHash, X509Certificate as NodeX509Certificate } from "node:crypto";
var SIMPLE_SIGNING_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json", DSSE_ENVELOPE_MEDIA_TYPE = "application/vnd.dsse.envelope.v1+json", COSIGN_SIMPLE_SIGNING_TYPE = "cosign container image signature", ANNOTATION = {
  signature: "dev.cosignproject.cosign/signature",
  certificate: "dev.sigstore.cosign/certificate",
  chain: "dev.sigstore.cosign/chain",
  bundle: "dev.sigstore.cosign/bundle",
  timestamp: "dev.sigstore.cosign/rfc3161timestamp"
};
function cosignLayerToBundle(payload, mediaType, annotations) {
  let tlog = tlogEntries(annotations[ANNOTATION.bundle]), verificationMaterial = {
    ...verificationKey(annotations[ANNOTATION.certificate], annotations[ANNOTATION.chain]),
    tlogEntries: tlog.entries,
    timestampVerificationData: timestamps(annotations[ANNOTATION.timestamp])
  };
  if (mediaType === SIMPLE_SIGNING_MEDIA_TYPE) {
    let annotation = annotations[ANNOTATION.signature];
    annotation || reject("malformed", `the layer has no ${ANNOTATION.signature} annotation`);
    let signature = cosignBase64(annotation, "the signature annotation");
    return {
      bundle: {
        mediaType: import_bundle.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial,
        messageSignature: {
          messageDigest: { algorithm: tlog.digest.algorithm, digest: createHash(tlog.digest.hash).update(payload).digest("base64") },
          signature
        }
      },
      artifact: payload
    };
  }
  if (mediaType === DSSE_ENVELOPE_MEDIA_TYPE) {
    let envelope;
    try {
      envelope = JSON.parse(payload.toString("utf8"));
    } catch {
      reject("malformed", "the attestation layer is not a JSON DSSE envelope");
    }
    return isRecord(envelope) || reject("malformed", "the attestation layer is not a DSSE envelope"), { bundle: { mediaType: import_bundle.BUNDLE_V01_MEDIA_TYPE, verificationMaterial, dsseEnvelope: envelope } };
  }
  return reject(
    "unknown-media-type",
    `unknown cosign layer media type ${JSON.stringify(mediaType)} (known: ${SIMPLE_SIGNING_MEDIA_TYPE}, ${DSSE_ENVELOPE_MEDIA_TYPE})`
  );
}
function requireSimpleSigningDigest(payload, imageDigest) {
  let json;
  try {
    json = JSON.parse(payload.toString("utf8"));
  } catch {
    reject("malformed", "the signed payload is not JSON (a cosign simple-signing payload was expected)");
  }
  let critical = isRecord(json) ? json.critical : void 0;
  (!isRecord(critical) || critical.type !== COSIGN_SIMPLE_SIGNING_TYPE || !isRecord(critical.image)) && reject("not-bound-to-digest", `the signed payload is not a cosign image signature (critical.type must be "${COSIGN_SIMPLE_SIGNING_TYPE}")`);
  let digest = critical.image["docker-manifest-digest"] ?? critical.image["Docker-manifest-digest"];
  (typeof digest != "string" || digest.toLowerCase() !== imageDigest.toLowerCase()) && reject("not-bound-to-digest", `the signature is for image ${typeof digest == "string" ? digest : "(none named)"}, not ${imageDigest}`);
}
function verificationKey(certificatePem, chainPem) {
  if (!certificatePem) return { publicKey: { hint: "" } };
  let certificates;
  try {
    certificates = [new NodeX509Certificate(certificatePem).raw, ...pemCertificates(chainPem ?? "")];
  } catch (error) {
    return reject("malformed", `the certificate or chain annotation does not parse (${errorMessage(error)})`);
  }
  return { x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString("base64") })) } };
}
function pemCertificates(pem) {
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []).map((block) => new NodeX509Certificate(block).raw);
}
var HASHEDREKORD_DIGESTS = {
  sha256: { algorithm: "SHA2_256", hash: "sha256" },
  sha384: { algorithm: "SHA2_384", hash: "sha384" },
  sha512: { algorithm: "SHA2_512", hash: "sha512" }
}, DEFAULT_DIGEST = { algorithm: "SHA2_256", hash: "sha256" };
function tlogEntries(annotation) {
  if (!annotation) return { entries: [], digest: DEFAULT_DIGEST };
  try {
    let rekor = JSON.parse(annotation);
    if (!isRecord(rekor) || typeof rekor.SignedEntryTimestamp != "string" || !isRecord(rekor.Payload))
      throw new Error("no SignedEntryTimestamp / Payload");
    let { body, integratedTime, logIndex, logID } = rekor.Payload;
    if (typeof body != "string" || typeof integratedTime != "number" || typeof logIndex != "number" || typeof logID != "string")
      throw new Error("Payload needs body, integratedTime, logIndex and logID");
    strictBase64(body, "its body");
    let signedEntryTimestamp = cosignBase64(rekor.SignedEntryTimestamp, "its SignedEntryTimestamp"), decoded = JSON.parse(Buffer.from(body, "base64").toString("utf8"));
    if (!isRecord(decoded) || typeof decoded.kind != "string" || typeof decoded.apiVersion != "string")
      throw new Error("the entry body has no kind/apiVersion");
    if (!/^[0-9a-f]+$/i.test(logID)) throw new Error("logID is not hex");
    return { entries: [
      {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, "hex").toString("base64") },
        kindVersion: { kind: decoded.kind, version: decoded.apiVersion },
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp },
        canonicalizedBody: body
      }
    ], digest: recordedDigest(decoded) };
  } catch (error) {
    return reject("malformed", `the ${ANNOTATION.bundle} annotation is not a Rekor bundle (${errorMessage(error)})`);
  }
}
function recordedDigest(body) {
  if (body.kind !== "hashedrekord") return DEFAULT_DIGEST;
  let spec = body.spec, data = isRecord(spec) ? spec.data : void 0, hash = isRecord(data) ? data.hash : void 0, algorithm = isRecord(hash) ? hash.algorithm : void 0;
  if (algorithm === void 0) return DEFAULT_DIGEST;
  let known = typeof algorithm == "string" ? HASHEDREKORD_DIGESTS[algorithm] : void 0;
  if (!known) throw new Error(`the hashedrekord entry records an unknown digest algorithm ${JSON.stringify(algorithm)}`);
  return known;
}
function timestamps(annotation) {
  if (!annotation) return;
  let parsed;
  try {
    parsed = JSON.parse(annotation);
  } catch {
    reject("malformed", `the ${ANNOTATION.timestamp} annotation is not JSON`);
  }
  let signed = isRecord(parsed) ? parsed.SignedRFC3161Timestamp : void 0;
  return typeof signed != "string" && reject("malformed", `the ${ANNOTATION.timestamp} annotation has no SignedRFC3161Timestamp`), { rfc3161Timestamps: [{ signedTimestamp: cosignBase64(signed, `the ${ANNOTATION.timestamp} annotation's SignedRFC3161Timestamp`) }] };
}
function strictBase64(value, what) {
  (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) && reject("malformed", `${what} is not valid base64`);
}
function cosignBase64(value, what) {
  let unwrapped = value.replace(/[\r\n]/g, "");
  return strictBase64(unwrapped, what), unwrapped;
}

// src/sigstore/verify-evidence.ts
function verifyEvidence(evidence, imageDigest, trust, rules) {
  let result = { source: evidence.source, location: evidence.location, kind: "signature", verified: !1 };
  try {
    let check, artifact;
    if (evidence.form.kind === "bundle")
      check = checkBundle(parseJson(evidence.form.bytes), void 0, trust, rules);
    else {
      let converted = cosignLayerToBundle(evidence.form.payload, evidence.form.mediaType, evidence.form.annotations);
      artifact = converted.artifact, check = checkBundle(converted.bundle, artifact, trust, rules);
    }
    check.signer && (result.signer = check.signer);
    let statement, statementError;
    if (check.dsse)
      try {
        statement = parseStatement(check.dsse.payloadType, check.dsse.payload), result.predicateType = statement.predicateType, statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE && (result.kind = "attestation");
      } catch (error) {
        statementError = toRejection(error);
      }
    if (check.rejection) return Promise.resolve(rejected(result, check.rejection));
    if (statementError) return Promise.resolve(rejected(result, statementError));
    if (statement)
      requireSubject(statement, imageDigest, "image"), result.kind === "attestation" && (result.predicate = statement.predicate);
    else if (artifact)
      requireSimpleSigningDigest(artifact, imageDigest);
    else
      return Promise.resolve(rejected(result, { code: "not-bound-to-digest", message: "nothing in it names the image digest" }));
    return result.verified = !0, check.transparencyLog !== void 0 && (result.transparencyLog = check.transparencyLog), Promise.resolve(result);
  } catch (error) {
    return Promise.resolve(rejected(result, toRejection(error)));
  }
}
function rejected(result, rejection) {
  return delete result.predicate, { ...result, verified: !1, rejection };
}
function parseJson(bytes) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    return reject("malformed", `the bundle is not JSON (${errorMessage(error)})`);
  }
}
export {
  KNOWN_BUNDLE_MEDIA_TYPES,
  checkBundle,
  identityFromCertificate,
  keyIdOf,
  loadTrustedRoot,
  loadTrustedRootFresh,
  matchIdentity,
  parsePublicKeyRules,
  trustContextFromJSON,
  verifyEvidence
};
