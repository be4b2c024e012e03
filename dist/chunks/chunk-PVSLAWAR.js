import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  require_dist,
  require_envelope,
  require_sigstore_common
} from "./chunk-7WBELWDF.js";
import {
  compileAnchored
} from "./chunk-4ENMLC6D.js";
import {
  INPUT_LIMITS,
  parseJsonDocument,
  readInputFileSync
} from "./chunk-ELAGO25P.js";
import {
  configError,
  errorMessage
} from "./chunk-YQNRIA6J.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-AWIWLHBC.js";

// node_modules/@sigstore/bundle/dist/bundle.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/bundle/dist/bundle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
    exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
    exports.isBundleWithPublicKey = isBundleWithPublicKey;
    exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
    exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
    exports.BUNDLE_V01_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.1";
    exports.BUNDLE_V02_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.2";
    exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.3";
    exports.BUNDLE_V03_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
    function isBundleWithCertificateChain(b) {
      return b.verificationMaterial.content.$case === "x509CertificateChain";
    }
    function isBundleWithPublicKey(b) {
      return b.verificationMaterial.content.$case === "publicKey";
    }
    function isBundleWithMessageSignature(b) {
      return b.content.$case === "messageSignature";
    }
    function isBundleWithDsseEnvelope(b) {
      return b.content.$case === "dsseEnvelope";
    }
  }
});

// node_modules/@sigstore/bundle/dist/build.js
var require_build = __commonJS({
  "node_modules/@sigstore/bundle/dist/build.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var protobuf_specs_1 = require_dist(), bundle_1 = require_bundle();
    function toMessageSignatureBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "messageSignature",
          messageSignature: {
            messageDigest: {
              algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
              digest: options.digest
            },
            signature: options.signature
          }
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    function toDSSEBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "dsseEnvelope",
          dsseEnvelope: toEnvelope(options)
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    function toEnvelope(options) {
      return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)]
      };
    }
    function toSignature(options) {
      return {
        keyid: options.keyHint || "",
        sig: options.signature
      };
    }
    function toVerificationMaterial(options) {
      return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] }
      };
    }
    function toKeyContent(options) {
      return options.certificate ? options.certificateChain ? {
        $case: "x509CertificateChain",
        x509CertificateChain: {
          certificates: [{ rawBytes: options.certificate }]
        }
      } : {
        $case: "certificate",
        certificate: { rawBytes: options.certificate }
      } : {
        $case: "publicKey",
        publicKey: {
          hint: options.keyHint || ""
        }
      };
    }
  }
});

// node_modules/@sigstore/bundle/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/bundle/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ValidationError = void 0;
    var ValidationError = class extends Error {
      fields;
      constructor(message, fields) {
        super(message), this.fields = fields;
      }
    };
    exports.ValidationError = ValidationError;
  }
});

// node_modules/@sigstore/bundle/dist/validate.js
var require_validate = __commonJS({
  "node_modules/@sigstore/bundle/dist/validate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.assertBundle = assertBundle;
    exports.assertBundleV01 = assertBundleV01;
    exports.isBundleV01 = isBundleV01;
    exports.assertBundleV02 = assertBundleV02;
    exports.assertBundleLatest = assertBundleLatest;
    var error_1 = require_error();
    function assertBundle(b) {
      let invalidValues = validateBundleBase(b);
      if (invalidValues.length > 0)
        throw new error_1.ValidationError("invalid bundle", invalidValues);
    }
    function assertBundleV01(b) {
      let invalidValues = [];
      if (invalidValues.push(...validateBundleBase(b)), invalidValues.push(...validateInclusionPromise(b)), invalidValues.length > 0)
        throw new error_1.ValidationError("invalid v0.1 bundle", invalidValues);
    }
    function isBundleV01(b) {
      try {
        return assertBundleV01(b), !0;
      } catch {
        return !1;
      }
    }
    function assertBundleV02(b) {
      let invalidValues = [];
      if (invalidValues.push(...validateBundleBase(b)), invalidValues.push(...validateInclusionProof(b)), invalidValues.length > 0)
        throw new error_1.ValidationError("invalid v0.2 bundle", invalidValues);
    }
    function assertBundleLatest(b) {
      let invalidValues = [];
      if (invalidValues.push(...validateBundleBase(b)), invalidValues.push(...validateInclusionProof(b)), invalidValues.push(...validateNoCertificateChain(b)), invalidValues.length > 0)
        throw new error_1.ValidationError("invalid bundle", invalidValues);
    }
    function validateBundleBase(b) {
      let invalidValues = [];
      if ((b.mediaType === void 0 || !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) && !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/)) && invalidValues.push("mediaType"), b.content === void 0)
        invalidValues.push("content");
      else
        switch (b.content.$case) {
          case "messageSignature":
            b.content.messageSignature.messageDigest === void 0 ? invalidValues.push("content.messageSignature.messageDigest") : b.content.messageSignature.messageDigest.digest.length === 0 && invalidValues.push("content.messageSignature.messageDigest.digest"), b.content.messageSignature.signature.length === 0 && invalidValues.push("content.messageSignature.signature");
            break;
          case "dsseEnvelope":
            b.content.dsseEnvelope.payload.length === 0 && invalidValues.push("content.dsseEnvelope.payload"), b.content.dsseEnvelope.signatures.length !== 1 ? invalidValues.push("content.dsseEnvelope.signatures") : b.content.dsseEnvelope.signatures[0].sig.length === 0 && invalidValues.push("content.dsseEnvelope.signatures[0].sig");
            break;
        }
      if (b.verificationMaterial === void 0)
        invalidValues.push("verificationMaterial");
      else {
        if (b.verificationMaterial.content === void 0)
          invalidValues.push("verificationMaterial.content");
        else
          switch (b.verificationMaterial.content.$case) {
            case "x509CertificateChain":
              b.verificationMaterial.content.x509CertificateChain.certificates.length === 0 && invalidValues.push("verificationMaterial.content.x509CertificateChain.certificates"), b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                cert.rawBytes.length === 0 && invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
              });
              break;
            case "certificate":
              b.verificationMaterial.content.certificate.rawBytes.length === 0 && invalidValues.push("verificationMaterial.content.certificate.rawBytes");
              break;
          }
        b.verificationMaterial.tlogEntries === void 0 ? invalidValues.push("verificationMaterial.tlogEntries") : b.verificationMaterial.tlogEntries.length > 0 && b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          entry.logId === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`), entry.kindVersion === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
        });
      }
      return invalidValues;
    }
    function validateInclusionPromise(b) {
      let invalidValues = [];
      return b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0 && b.verificationMaterial.tlogEntries.forEach((entry, i) => {
        entry.inclusionPromise === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
      }), invalidValues;
    }
    function validateInclusionProof(b) {
      let invalidValues = [];
      return b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0 && b.verificationMaterial.tlogEntries.forEach((entry, i) => {
        entry.inclusionProof === void 0 ? invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`) : entry.inclusionProof.checkpoint === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
      }), invalidValues;
    }
    function validateNoCertificateChain(b) {
      let invalidValues = [];
      return b.verificationMaterial?.content?.$case === "x509CertificateChain" && invalidValues.push("verificationMaterial.content.$case"), invalidValues;
    }
  }
});

// node_modules/@sigstore/bundle/dist/serialized.js
var require_serialized = __commonJS({
  "node_modules/@sigstore/bundle/dist/serialized.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
    var protobuf_specs_1 = require_dist(), bundle_1 = require_bundle(), validate_1 = require_validate(), bundleFromJSON2 = (obj) => {
      let bundle = protobuf_specs_1.Bundle.fromJSON(obj);
      switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
          (0, validate_1.assertBundleV01)(bundle);
          break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
          (0, validate_1.assertBundleV02)(bundle);
          break;
        default:
          (0, validate_1.assertBundleLatest)(bundle);
          break;
      }
      return bundle;
    };
    exports.bundleFromJSON = bundleFromJSON2;
    var bundleToJSON = (bundle) => protobuf_specs_1.Bundle.toJSON(bundle);
    exports.bundleToJSON = bundleToJSON;
    var envelopeFromJSON = (obj) => protobuf_specs_1.Envelope.fromJSON(obj);
    exports.envelopeFromJSON = envelopeFromJSON;
    var envelopeToJSON = (envelope) => protobuf_specs_1.Envelope.toJSON(envelope);
    exports.envelopeToJSON = envelopeToJSON;
  }
});

// node_modules/@sigstore/bundle/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@sigstore/bundle/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
    var build_1 = require_build();
    Object.defineProperty(exports, "toDSSEBundle", { enumerable: !0, get: function() {
      return build_1.toDSSEBundle;
    } });
    Object.defineProperty(exports, "toMessageSignatureBundle", { enumerable: !0, get: function() {
      return build_1.toMessageSignatureBundle;
    } });
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", { enumerable: !0, get: function() {
      return bundle_1.BUNDLE_V01_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", { enumerable: !0, get: function() {
      return bundle_1.BUNDLE_V02_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", { enumerable: !0, get: function() {
      return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", { enumerable: !0, get: function() {
      return bundle_1.BUNDLE_V03_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "isBundleWithCertificateChain", { enumerable: !0, get: function() {
      return bundle_1.isBundleWithCertificateChain;
    } });
    Object.defineProperty(exports, "isBundleWithDsseEnvelope", { enumerable: !0, get: function() {
      return bundle_1.isBundleWithDsseEnvelope;
    } });
    Object.defineProperty(exports, "isBundleWithMessageSignature", { enumerable: !0, get: function() {
      return bundle_1.isBundleWithMessageSignature;
    } });
    Object.defineProperty(exports, "isBundleWithPublicKey", { enumerable: !0, get: function() {
      return bundle_1.isBundleWithPublicKey;
    } });
    var error_1 = require_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: !0, get: function() {
      return error_1.ValidationError;
    } });
    var serialized_1 = require_serialized();
    Object.defineProperty(exports, "bundleFromJSON", { enumerable: !0, get: function() {
      return serialized_1.bundleFromJSON;
    } });
    Object.defineProperty(exports, "bundleToJSON", { enumerable: !0, get: function() {
      return serialized_1.bundleToJSON;
    } });
    Object.defineProperty(exports, "envelopeFromJSON", { enumerable: !0, get: function() {
      return serialized_1.envelopeFromJSON;
    } });
    Object.defineProperty(exports, "envelopeToJSON", { enumerable: !0, get: function() {
      return serialized_1.envelopeToJSON;
    } });
    var validate_1 = require_validate();
    Object.defineProperty(exports, "assertBundle", { enumerable: !0, get: function() {
      return validate_1.assertBundle;
    } });
    Object.defineProperty(exports, "assertBundleLatest", { enumerable: !0, get: function() {
      return validate_1.assertBundleLatest;
    } });
    Object.defineProperty(exports, "assertBundleV01", { enumerable: !0, get: function() {
      return validate_1.assertBundleV01;
    } });
    Object.defineProperty(exports, "assertBundleV02", { enumerable: !0, get: function() {
      return validate_1.assertBundleV02;
    } });
    Object.defineProperty(exports, "isBundleV01", { enumerable: !0, get: function() {
      return validate_1.isBundleV01;
    } });
  }
});

// node_modules/@sigstore/core/dist/stream.js
var require_stream = __commonJS({
  "node_modules/@sigstore/core/dist/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ByteStream = void 0;
    var StreamError = class extends Error {
    }, ByteStream2 = class _ByteStream {
      static BLOCK_SIZE = 1024;
      buf;
      view;
      start = 0;
      constructor(buffer) {
        buffer ? (this.buf = buffer, this.view = Buffer.from(buffer)) : (this.buf = Buffer.alloc(0), this.view = Buffer.from(this.buf));
      }
      get buffer() {
        return this.view.subarray(0, this.start);
      }
      get length() {
        return this.view.byteLength;
      }
      get position() {
        return this.start;
      }
      seek(position) {
        this.start = position;
      }
      // Returns a Buffer containing the specified number of bytes starting at the
      // given start position.
      slice(start, len) {
        let end = start + len;
        if (end > this.length)
          throw new StreamError("request past end of buffer");
        return this.view.subarray(start, end);
      }
      appendChar(char) {
        this.ensureCapacity(1), this.view[this.start] = char, this.start += 1;
      }
      appendUint16(num) {
        this.ensureCapacity(2);
        let value = new Uint16Array([num]), view = new Uint8Array(value.buffer);
        this.view[this.start] = view[1], this.view[this.start + 1] = view[0], this.start += 2;
      }
      appendUint24(num) {
        this.ensureCapacity(3);
        let value = new Uint32Array([num]), view = new Uint8Array(value.buffer);
        this.view[this.start] = view[2], this.view[this.start + 1] = view[1], this.view[this.start + 2] = view[0], this.start += 3;
      }
      appendView(view) {
        this.ensureCapacity(view.length), this.view.set(view, this.start), this.start += view.length;
      }
      getBlock(size) {
        if (size <= 0)
          return Buffer.alloc(0);
        if (this.start + size > this.view.length)
          throw new Error("request past end of buffer");
        let result = this.view.subarray(this.start, this.start + size);
        return this.start += size, result;
      }
      getUint8() {
        return this.getBlock(1)[0];
      }
      getUint16() {
        let block = this.getBlock(2);
        return block[0] << 8 | block[1];
      }
      ensureCapacity(size) {
        if (this.start + size > this.view.byteLength) {
          let blockSize = _ByteStream.BLOCK_SIZE + (size > _ByteStream.BLOCK_SIZE ? size : 0);
          this.realloc(this.view.byteLength + blockSize);
        }
      }
      realloc(size) {
        let newArray = Buffer.alloc(size), newView = Buffer.from(newArray);
        newView.set(this.view), this.buf = newArray, this.view = newView;
      }
    };
    exports.ByteStream = ByteStream2;
  }
});

// node_modules/@sigstore/core/dist/asn1/error.js
var require_error2 = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ASN1TypeError = exports.ASN1ParseError = void 0;
    var ASN1ParseError = class extends Error {
    };
    exports.ASN1ParseError = ASN1ParseError;
    var ASN1TypeError = class extends Error {
    };
    exports.ASN1TypeError = ASN1TypeError;
  }
});

// node_modules/@sigstore/core/dist/asn1/length.js
var require_length = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.decodeLength = decodeLength;
    exports.encodeLength = encodeLength;
    var error_1 = require_error2();
    function decodeLength(stream) {
      let buf = stream.getUint8();
      if ((buf & 128) === 0)
        return buf;
      let byteCount = buf & 127;
      if (byteCount > 6)
        throw new error_1.ASN1ParseError("length exceeds 6 byte limit");
      let len = 0;
      for (let i = 0; i < byteCount; i++) {
        let byte = stream.getUint8();
        if (i === 0 && byte === 0)
          throw new error_1.ASN1ParseError("non-minimal length encoding");
        len = len * 256 + byte;
      }
      if (len === 0)
        throw new error_1.ASN1ParseError("indefinite length encoding not supported");
      if (len < 128)
        throw new error_1.ASN1ParseError("non-minimal length encoding");
      return len;
    }
    function encodeLength(len) {
      if (len < 128)
        return Buffer.from([len]);
      let val = BigInt(len), bytes = [];
      for (; val > 0n; )
        bytes.unshift(Number(val & 255n)), val = val >> 8n;
      return Buffer.from([128 | bytes.length, ...bytes]);
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/parse.js
var require_parse = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/parse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.parseInteger = parseInteger;
    exports.parseStringASCII = parseStringASCII;
    exports.parseTime = parseTime;
    exports.parseOID = parseOID;
    exports.parseBoolean = parseBoolean;
    exports.parseBitString = parseBitString;
    var error_1 = require_error2(), RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/, RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
    function parseInteger(buf) {
      let pos = 0, end = buf.length, val = buf[pos], neg = val > 127, pad = neg ? 255 : 0;
      for (; val == pad && ++pos < end; )
        val = buf[pos];
      if (end - pos === 0)
        return BigInt(neg ? -1 : 0);
      val = neg ? val - 256 : val;
      let n = BigInt(val);
      for (let i = pos + 1; i < end; ++i)
        n = n * BigInt(256) + BigInt(buf[i]);
      return n;
    }
    function parseStringASCII(buf) {
      return buf.toString("ascii");
    }
    function parseTime(buf, shortYear) {
      let timeStr = parseStringASCII(buf), m = shortYear ? RE_TIME_SHORT_YEAR.exec(timeStr) : RE_TIME_LONG_YEAR.exec(timeStr);
      if (!m)
        throw new Error("invalid time");
      if (shortYear) {
        let year = Number(m[1]);
        year += year >= 50 ? 1900 : 2e3, m[1] = year.toString();
      }
      return /* @__PURE__ */ new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
    }
    function parseOID(buf) {
      let pos = 0, end = buf.length, n = buf[pos++], first = Math.floor(n / 40), second = n % 40, oid = `${first}.${second}`, val = 0n;
      for (; pos < end; ++pos)
        n = buf[pos], val = (val << 7n) + BigInt(n & 127), (n & 128) === 0 && (oid += `.${val}`, val = 0n);
      return oid;
    }
    function parseBoolean(buf) {
      if (buf.length !== 1)
        throw new error_1.ASN1ParseError("invalid boolean");
      switch (buf[0]) {
        case 0:
          return !1;
        case 255:
          return !0;
        default:
          throw new error_1.ASN1ParseError("invalid boolean");
      }
    }
    function parseBitString(buf) {
      let unused = buf[0];
      if (unused > 7)
        throw new error_1.ASN1ParseError("invalid bit string");
      let start = 1, end = buf.length, bits = [];
      for (let i = start; i < end; ++i) {
        let byte = buf[i], skip = i === end - 1 ? unused : 0;
        for (let j = 7; j >= skip; --j)
          bits.push(byte >> j & 1);
      }
      return bits;
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/tag.js
var require_tag = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/tag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ASN1Tag = void 0;
    var error_1 = require_error2(), UNIVERSAL_TAG = {
      BOOLEAN: 1,
      INTEGER: 2,
      BIT_STRING: 3,
      OCTET_STRING: 4,
      OBJECT_IDENTIFIER: 6,
      SEQUENCE: 16,
      SET: 17,
      PRINTABLE_STRING: 19,
      UTC_TIME: 23,
      GENERALIZED_TIME: 24
    }, TAG_CLASS = {
      UNIVERSAL: 0,
      APPLICATION: 1,
      CONTEXT_SPECIFIC: 2,
      PRIVATE: 3
    }, ASN1Tag = class {
      number;
      constructed;
      class;
      constructor(enc) {
        if (this.number = enc & 31, this.constructed = (enc & 32) === 32, this.class = enc >> 6, this.number === 31)
          throw new error_1.ASN1ParseError("long form tags not supported");
        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0)
          throw new error_1.ASN1ParseError("unsupported tag 0x00");
      }
      isUniversal() {
        return this.class === TAG_CLASS.UNIVERSAL;
      }
      isContextSpecific(num) {
        let res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
        return num !== void 0 ? res && this.number === num : res;
      }
      isBoolean() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
      }
      isInteger() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
      }
      isBitString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
      }
      isOctetString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
      }
      isOID() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER;
      }
      isUTCTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
      }
      isGeneralizedTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
      }
      toDER() {
        return this.number | (this.constructed ? 32 : 0) | this.class << 6;
      }
    };
    exports.ASN1Tag = ASN1Tag;
  }
});

// node_modules/@sigstore/core/dist/asn1/obj.js
var require_obj = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/obj.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ASN1Obj = void 0;
    var stream_1 = require_stream(), error_1 = require_error2(), length_1 = require_length(), parse_1 = require_parse(), tag_1 = require_tag(), ASN1Obj2 = class {
      tag;
      subs;
      value;
      constructor(tag, value, subs) {
        this.tag = tag, this.value = value, this.subs = subs;
      }
      // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
      static parseBuffer(buf) {
        let stream = new stream_1.ByteStream(buf), obj = parseStream(stream);
        if (stream.position !== stream.length)
          throw new error_1.ASN1ParseError("invalid trailing data");
        return obj;
      }
      toDER() {
        let valueStream = new stream_1.ByteStream();
        if (this.subs.length > 0)
          for (let sub of this.subs)
            valueStream.appendView(sub.toDER());
        else
          valueStream.appendView(this.value);
        let value = valueStream.buffer, obj = new stream_1.ByteStream();
        return obj.appendChar(this.tag.toDER()), obj.appendView((0, length_1.encodeLength)(value.length)), obj.appendView(value), obj.buffer;
      }
      /////////////////////////////////////////////////////////////////////////////
      // Convenience methods for parsing ASN.1 primitives into JS types
      // Returns the ASN.1 object's value as a boolean. Throws an error if the
      // object is not a boolean.
      toBoolean() {
        if (!this.tag.isBoolean())
          throw new error_1.ASN1TypeError("not a boolean");
        return (0, parse_1.parseBoolean)(this.value);
      }
      // Returns the ASN.1 object's value as a BigInt. Throws an error if the
      // object is not an integer.
      toInteger() {
        if (!this.tag.isInteger())
          throw new error_1.ASN1TypeError("not an integer");
        return (0, parse_1.parseInteger)(this.value);
      }
      // Returns the ASN.1 object's value as an OID string. Throws an error if the
      // object is not an OID.
      toOID() {
        if (!this.tag.isOID())
          throw new error_1.ASN1TypeError("not an OID");
        return (0, parse_1.parseOID)(this.value);
      }
      // Returns the ASN.1 object's value as a Date. Throws an error if the object
      // is not either a UTCTime or a GeneralizedTime.
      toDate() {
        switch (!0) {
          case this.tag.isUTCTime():
            return (0, parse_1.parseTime)(this.value, !0);
          case this.tag.isGeneralizedTime():
            return (0, parse_1.parseTime)(this.value, !1);
          default:
            throw new error_1.ASN1TypeError("not a date");
        }
      }
      // Returns the ASN.1 object's value as a number[] where each number is the
      // value of a bit in the bit string. Throws an error if the object is not a
      // bit string.
      toBitString() {
        if (!this.tag.isBitString())
          throw new error_1.ASN1TypeError("not a bit string");
        return (0, parse_1.parseBitString)(this.value);
      }
    };
    exports.ASN1Obj = ASN1Obj2;
    var MAX_DEPTH = 100;
    function parseStream(stream, depth = 0) {
      if (depth > MAX_DEPTH)
        throw new error_1.ASN1ParseError("maximum nesting depth exceeded");
      let tag = new tag_1.ASN1Tag(stream.getUint8()), len = (0, length_1.decodeLength)(stream), value = stream.slice(stream.position, len), start = stream.position, subs = [];
      if (tag.constructed)
        subs = collectSubs(stream, len, depth);
      else if (tag.isOctetString())
        try {
          subs = collectSubs(stream, len, depth);
        } catch {
        }
      return subs.length === 0 && stream.seek(start + len), new ASN1Obj2(tag, value, subs);
    }
    function collectSubs(stream, len, depth) {
      let end = stream.position + len;
      if (end > stream.length)
        throw new error_1.ASN1ParseError("invalid length");
      let subs = [];
      for (; stream.position < end; )
        subs.push(parseStream(stream, depth + 1));
      if (stream.position !== end)
        throw new error_1.ASN1ParseError("invalid length");
      return subs;
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/index.js
var require_asn1 = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ASN1Obj = void 0;
    var obj_1 = require_obj();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: !0, get: function() {
      return obj_1.ASN1Obj;
    } });
  }
});

// node_modules/@sigstore/core/dist/crypto.js
var require_crypto = __commonJS({
  "node_modules/@sigstore/core/dist/crypto.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { default: mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createPublicKey = createPublicKey4;
    exports.digest = digest;
    exports.verify = verify;
    exports.bufferEqual = bufferEqual;
    var crypto_1 = __importDefault(__require("crypto"));
    function createPublicKey4(key, type = "spki") {
      return typeof key == "string" ? key.startsWith("-----") ? crypto_1.default.createPublicKey(key) : crypto_1.default.createPublicKey({
        key: Buffer.from(key, "base64"),
        format: "der",
        type
      }) : crypto_1.default.createPublicKey({ key, format: "der", type });
    }
    function digest(algorithm, ...data) {
      let hash = crypto_1.default.createHash(algorithm);
      for (let d of data)
        hash.update(d);
      return hash.digest();
    }
    function verify(data, key, signature, algorithm) {
      try {
        return crypto_1.default.verify(algorithm, data, key, signature);
      } catch {
        return !1;
      }
    }
    function bufferEqual(a, b) {
      try {
        return crypto_1.default.timingSafeEqual(a, b);
      } catch {
        return !1;
      }
    }
  }
});

// node_modules/@sigstore/core/dist/dsse.js
var require_dsse = __commonJS({
  "node_modules/@sigstore/core/dist/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.preAuthEncoding = preAuthEncoding;
    var PAE_PREFIX = "DSSEv1";
    function preAuthEncoding(payloadType, payload) {
      let typeBytes = Buffer.from(payloadType, "utf-8");
      return Buffer.concat([
        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, "ascii"),
        typeBytes,
        Buffer.from(` ${payload.length} `, "ascii"),
        payload
      ]);
    }
  }
});

// node_modules/@sigstore/core/dist/encoding.js
var require_encoding = __commonJS({
  "node_modules/@sigstore/core/dist/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.base64Encode = base64Encode;
    exports.base64Decode = base64Decode;
    var BASE64_ENCODING = "base64", UTF8_ENCODING = "utf-8";
    function base64Encode(str) {
      return Buffer.from(str, UTF8_ENCODING).toString(BASE64_ENCODING);
    }
    function base64Decode(str) {
      return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
    }
  }
});

// node_modules/@sigstore/core/dist/json.js
var require_json = __commonJS({
  "node_modules/@sigstore/core/dist/json.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.canonicalize = canonicalize;
    function canonicalize(object) {
      let buffer = "";
      if (object === null || typeof object != "object" || object.toJSON != null)
        buffer += JSON.stringify(object);
      else if (Array.isArray(object)) {
        buffer += "[";
        let first = !0;
        object.forEach((element) => {
          first || (buffer += ","), first = !1, buffer += canonicalize(element);
        }), buffer += "]";
      } else {
        buffer += "{";
        let first = !0;
        Object.keys(object).sort().forEach((property) => {
          first || (buffer += ","), first = !1, buffer += JSON.stringify(property), buffer += ":", buffer += canonicalize(object[property]);
        }), buffer += "}";
      }
      return buffer;
    }
  }
});

// node_modules/@sigstore/core/dist/pem.js
var require_pem = __commonJS({
  "node_modules/@sigstore/core/dist/pem.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.toDER = toDER;
    exports.fromDER = fromDER;
    var PEM_HEADER = /-----BEGIN (.*)-----/, PEM_FOOTER = /-----END (.*)-----/;
    function toDER(certificate) {
      let der = "";
      return certificate.split(`
`).forEach((line) => {
        line.match(PEM_HEADER) || line.match(PEM_FOOTER) || (der += line);
      }), Buffer.from(der, "base64");
    }
    function fromDER(certificate, type = "CERTIFICATE") {
      let lines = certificate.toString("base64").match(/.{1,64}/g) || "";
      return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`].join(`
`).concat(`
`);
    }
  }
});

// node_modules/@sigstore/core/dist/oid.js
var require_oid = __commonJS({
  "node_modules/@sigstore/core/dist/oid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SHA2_HASH_ALGOS = exports.RSA_SIGNATURE_ALGOS = exports.ECDSA_SIGNATURE_ALGOS = void 0;
    exports.ECDSA_SIGNATURE_ALGOS = {
      "1.2.840.10045.4.3.1": "sha224",
      "1.2.840.10045.4.3.2": "sha256",
      "1.2.840.10045.4.3.3": "sha384",
      "1.2.840.10045.4.3.4": "sha512"
    };
    exports.RSA_SIGNATURE_ALGOS = {
      "1.2.840.113549.1.1.14": "sha224",
      "1.2.840.113549.1.1.11": "sha256",
      "1.2.840.113549.1.1.12": "sha384",
      "1.2.840.113549.1.1.13": "sha512"
    };
    exports.SHA2_HASH_ALGOS = {
      "2.16.840.1.101.3.4.2.1": "sha256",
      "2.16.840.1.101.3.4.2.2": "sha384",
      "2.16.840.1.101.3.4.2.3": "sha512"
    };
  }
});

// node_modules/@sigstore/core/dist/rfc3161/error.js
var require_error3 = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.RFC3161TimestampVerificationError = void 0;
    var RFC3161TimestampVerificationError = class extends Error {
    };
    exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/tstinfo.js
var require_tstinfo = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/tstinfo.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) for (var k = ownKeys(mod2), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod2, k[i]);
        return __setModuleDefault(result, mod2), result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.TSTInfo = void 0;
    var crypto = __importStar(require_crypto()), oid_1 = require_oid(), error_1 = require_error3(), TSTInfo = class {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get version() {
        return this.root.subs[0].toInteger();
      }
      get genTime() {
        return this.root.subs[4].toDate();
      }
      get messageImprintHashAlgorithm() {
        let oid = this.messageImprintObj.subs[0].subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get messageImprintHashedMessage() {
        return this.messageImprintObj.subs[1].value;
      }
      get raw() {
        return this.root.toDER();
      }
      verify(data) {
        let digest = crypto.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage))
          throw new error_1.RFC3161TimestampVerificationError("message imprint does not match artifact");
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get messageImprintObj() {
        return this.root.subs[2];
      }
    };
    exports.TSTInfo = TSTInfo;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/timestamp.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) for (var k = ownKeys(mod2), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod2, k[i]);
        return __setModuleDefault(result, mod2), result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.RFC3161Timestamp = void 0;
    var asn1_1 = require_asn1(), crypto = __importStar(require_crypto()), oid_1 = require_oid(), error_1 = require_error3(), tstinfo_1 = require_tstinfo(), OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = "1.2.840.113549.1.7.2", OID_PKCS9_CONTENT_TYPE_TSTINFO = "1.2.840.113549.1.9.16.1.4", OID_PKCS9_MESSAGE_DIGEST_KEY = "1.2.840.113549.1.9.4", RFC3161Timestamp = class _RFC3161Timestamp {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(der) {
        let asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new _RFC3161Timestamp(asn1);
      }
      get status() {
        return this.pkiStatusInfoObj.subs[0].toInteger();
      }
      get contentType() {
        return this.contentTypeObj.toOID();
      }
      get eContentType() {
        return this.eContentTypeObj.toOID();
      }
      get signingTime() {
        return this.tstInfo.genTime;
      }
      get signerIssuer() {
        return this.signerSidObj.subs[0].value;
      }
      get signerSerialNumber() {
        return this.signerSidObj.subs[1].value;
      }
      get signerDigestAlgorithm() {
        let oid = this.signerDigestAlgorithmObj.subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get signatureAlgorithm() {
        let oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value;
      }
      get tstInfo() {
        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
      }
      verify(data, publicKey) {
        if (!this.timeStampTokenObj)
          throw new error_1.RFC3161TimestampVerificationError("timeStampToken is missing");
        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA)
          throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO)
          throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
        this.tstInfo.verify(data), this.verifyMessageDigest(), this.verifySignature(publicKey);
      }
      verifyMessageDigest() {
        let tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw), expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest))
          throw new error_1.RFC3161TimestampVerificationError("signed data does not match tstInfo");
      }
      verifySignature(key) {
        let signedAttrs = this.signedAttrsObj.toDER();
        if (signedAttrs[0] = 49, !crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm))
          throw new error_1.RFC3161TimestampVerificationError("signature verification failed");
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get pkiStatusInfoObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get timeStampTokenObj() {
        return this.root.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-3
      get contentTypeObj() {
        return this.timeStampTokenObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-3
      get signedDataObj() {
        return this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0)).subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get encapContentInfoObj() {
        return this.signedDataObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get signerInfosObj() {
        let sd = this.signedDataObj;
        return sd.subs[sd.subs.length - 1];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
      get signerInfoObj() {
        return this.signerInfosObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentTypeObj() {
        return this.encapContentInfoObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentObj() {
        return this.encapContentInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signedAttrsObj() {
        return this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0));
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get messageDigestAttributeObj() {
        return this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() && sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerSidObj() {
        return this.signerInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerDigestAlgorithmObj() {
        return this.signerInfoObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureAlgorithmObj() {
        return this.signerInfoObj.subs[4];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureValueObj() {
        return this.signerInfoObj.subs[5];
      }
    };
    exports.RFC3161Timestamp = RFC3161Timestamp;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/index.js
var require_rfc3161 = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.RFC3161Timestamp = void 0;
    var timestamp_1 = require_timestamp();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: !0, get: function() {
      return timestamp_1.RFC3161Timestamp;
    } });
  }
});

// node_modules/@sigstore/core/dist/x509/sct.js
var require_sct = __commonJS({
  "node_modules/@sigstore/core/dist/x509/sct.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) for (var k = ownKeys(mod2), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod2, k[i]);
        return __setModuleDefault(result, mod2), result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SignedCertificateTimestamp = void 0;
    var crypto = __importStar(require_crypto()), stream_1 = require_stream(), SignedCertificateTimestamp = class _SignedCertificateTimestamp {
      version;
      logID;
      timestamp;
      extensions;
      hashAlgorithm;
      signatureAlgorithm;
      signature;
      constructor(options) {
        this.version = options.version, this.logID = options.logID, this.timestamp = options.timestamp, this.extensions = options.extensions, this.hashAlgorithm = options.hashAlgorithm, this.signatureAlgorithm = options.signatureAlgorithm, this.signature = options.signature;
      }
      get datetime() {
        return new Date(Number(this.timestamp.readBigInt64BE()));
      }
      // Returns the hash algorithm used to generate the SCT's signature.
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      get algorithm() {
        switch (this.hashAlgorithm) {
          /* istanbul ignore next */
          case 0:
            return "none";
          /* istanbul ignore next */
          case 1:
            return "md5";
          /* istanbul ignore next */
          case 2:
            return "sha1";
          /* istanbul ignore next */
          case 3:
            return "sha224";
          case 4:
            return "sha256";
          /* istanbul ignore next */
          case 5:
            return "sha384";
          /* istanbul ignore next */
          case 6:
            return "sha512";
          /* istanbul ignore next */
          default:
            return "unknown";
        }
      }
      verify(preCert, key) {
        let stream = new stream_1.ByteStream();
        return stream.appendChar(this.version), stream.appendChar(0), stream.appendView(this.timestamp), stream.appendUint16(1), stream.appendView(preCert), stream.appendUint16(this.extensions.byteLength), this.extensions.byteLength > 0 && stream.appendView(this.extensions), crypto.verify(stream.buffer, key, this.signature, this.algorithm);
      }
      // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
      // TLS encoding which means the fields and lengths of most fields are
      // specified as part of the SCT and TLS specs.
      // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      static parse(buf) {
        let stream = new stream_1.ByteStream(buf), version = stream.getUint8(), logID = stream.getBlock(32), timestamp = stream.getBlock(8), extenstionLength = stream.getUint16(), extensions = stream.getBlock(extenstionLength), hashAlgorithm = stream.getUint8(), signatureAlgorithm2 = stream.getUint8(), sigLength = stream.getUint16(), signature = stream.getBlock(sigLength);
        if (stream.position !== buf.length)
          throw new Error("SCT buffer length mismatch");
        return new _SignedCertificateTimestamp({
          version,
          logID,
          timestamp,
          extensions,
          hashAlgorithm,
          signatureAlgorithm: signatureAlgorithm2,
          signature
        });
      }
    };
    exports.SignedCertificateTimestamp = SignedCertificateTimestamp;
  }
});

// node_modules/@sigstore/core/dist/x509/ext.js
var require_ext = __commonJS({
  "node_modules/@sigstore/core/dist/x509/ext.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
    var stream_1 = require_stream(), sct_1 = require_sct(), X509Extension = class {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get oid() {
        return this.root.subs[0].toOID();
      }
      get critical() {
        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : !1;
      }
      get value() {
        return this.extnValueObj.value;
      }
      get valueObj() {
        return this.extnValueObj;
      }
      get extnValueObj() {
        return this.root.subs[this.root.subs.length - 1];
      }
    };
    exports.X509Extension = X509Extension;
    var X509BasicConstraintsExtension = class extends X509Extension {
      get isCA() {
        return this.sequence.subs[0]?.toBoolean() ?? !1;
      }
      get pathLenConstraint() {
        return this.sequence.subs.length > 1 ? this.sequence.subs[1].toInteger() : void 0;
      }
      // The extnValue field contains a single sequence wrapping the isCA and
      // pathLenConstraint.
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
    var X509KeyUsageExtension = class extends X509Extension {
      get digitalSignature() {
        return this.bitString[0] === 1;
      }
      get keyCertSign() {
        return this.bitString[5] === 1;
      }
      get crlSign() {
        return this.bitString[6] === 1;
      }
      // The extnValue field contains a single bit string which is a bit mask
      // indicating which key usages are enabled.
      get bitString() {
        return this.extnValueObj.subs[0].toBitString();
      }
    };
    exports.X509KeyUsageExtension = X509KeyUsageExtension;
    var X509SubjectAlternativeNameExtension = class extends X509Extension {
      get rfc822Name() {
        return this.findGeneralName(1)?.value.toString("ascii");
      }
      get uri() {
        return this.findGeneralName(6)?.value.toString("ascii");
      }
      // Retrieve the value of an otherName with the given OID.
      otherName(oid) {
        let otherName = this.findGeneralName(0);
        return otherName === void 0 || otherName.subs[0].toOID() !== oid ? void 0 : otherName.subs[1].subs[0].value.toString("ascii");
      }
      findGeneralName(tag) {
        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a sequence of GeneralNames.
      get generalNames() {
        return this.extnValueObj.subs[0].subs;
      }
    };
    exports.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
    var X509AuthorityKeyIDExtension = class extends X509Extension {
      get keyIdentifier() {
        return this.findSequenceMember(0)?.value;
      }
      findSequenceMember(tag) {
        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a single sequence wrapping the keyIdentifier
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
    var X509SubjectKeyIDExtension = class extends X509Extension {
      get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
      }
    };
    exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
    var X509SCTExtension2 = class extends X509Extension {
      constructor(asn1) {
        super(asn1);
      }
      get signedCertificateTimestamps() {
        let buf = this.extnValueObj.subs[0].value, stream = new stream_1.ByteStream(buf), end = stream.getUint16() + 2, sctList = [];
        for (; stream.position < end; ) {
          let sctLength = stream.getUint16(), sct = stream.getBlock(sctLength);
          sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream.position !== end)
          throw new Error("SCT list length does not match actual length");
        return sctList;
      }
    };
    exports.X509SCTExtension = X509SCTExtension2;
  }
});

// node_modules/@sigstore/core/dist/x509/cert.js
var require_cert = __commonJS({
  "node_modules/@sigstore/core/dist/x509/cert.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) for (var k = ownKeys(mod2), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod2, k[i]);
        return __setModuleDefault(result, mod2), result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var asn1_1 = require_asn1(), crypto = __importStar(require_crypto()), oid_1 = require_oid(), pem = __importStar(require_pem()), ext_1 = require_ext(), EXTENSION_OID_SUBJECT_KEY_ID = "2.5.29.14", EXTENSION_OID_KEY_USAGE = "2.5.29.15", EXTENSION_OID_SUBJECT_ALT_NAME = "2.5.29.17", EXTENSION_OID_BASIC_CONSTRAINTS = "2.5.29.19", EXTENSION_OID_AUTHORITY_KEY_ID = "2.5.29.35";
    exports.EXTENSION_OID_SCT = "1.3.6.1.4.1.11129.2.4.2";
    var X509Certificate4 = class _X509Certificate {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(cert) {
        let der = typeof cert == "string" ? pem.toDER(cert) : cert, asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new _X509Certificate(asn1);
      }
      get tbsCertificate() {
        return this.tbsCertificateObj;
      }
      get version() {
        return `v${(this.versionObj.subs[0].toInteger() + BigInt(1)).toString()}`;
      }
      get serialNumber() {
        return this.serialNumberObj.value;
      }
      get notBefore() {
        return this.validityObj.subs[0].toDate();
      }
      get notAfter() {
        return this.validityObj.subs[1].toDate();
      }
      get issuer() {
        return this.issuerObj.value;
      }
      get subject() {
        return this.subjectObj.value;
      }
      get publicKey() {
        return this.subjectPublicKeyInfoObj.toDER();
      }
      get signatureAlgorithm() {
        let oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.RSA_SIGNATURE_ALGOS[oid] ? oid_1.RSA_SIGNATURE_ALGOS[oid] : oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value.subarray(1);
      }
      get subjectAltName() {
        let ext = this.extSubjectAltName;
        return ext?.uri || /* istanbul ignore next */
        ext?.rfc822Name;
      }
      get extensions() {
        return this.extensionsObj?.subs[0]?.subs || [];
      }
      get extKeyUsage() {
        let ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
        return ext ? new ext_1.X509KeyUsageExtension(ext) : void 0;
      }
      get extBasicConstraints() {
        let ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : void 0;
      }
      get extSubjectAltName() {
        let ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : void 0;
      }
      get extAuthorityKeyID() {
        let ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : void 0;
      }
      get extSubjectKeyID() {
        let ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
        return ext ? new ext_1.X509SubjectKeyIDExtension(ext) : (
          /* istanbul ignore next */
          void 0
        );
      }
      get extSCT() {
        let ext = this.findExtension(exports.EXTENSION_OID_SCT);
        return ext ? new ext_1.X509SCTExtension(ext) : void 0;
      }
      get isCA() {
        let ca = this.extBasicConstraints?.isCA || !1;
        return this.extKeyUsage ? ca && this.extKeyUsage.keyCertSign : ca;
      }
      extension(oid) {
        let ext = this.findExtension(oid);
        return ext ? new ext_1.X509Extension(ext) : void 0;
      }
      verify(issuerCertificate) {
        let publicKey = issuerCertificate?.publicKey || this.publicKey, key = crypto.createPublicKey(publicKey);
        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
      }
      validForDate(date) {
        return this.notBefore <= date && date <= this.notAfter;
      }
      equals(other) {
        return this.root.toDER().equals(other.root.toDER());
      }
      // Creates a copy of the certificate with a new buffer
      clone() {
        let der = this.root.toDER(), clone = Buffer.alloc(der.length);
        return der.copy(clone), _X509Certificate.parse(clone);
      }
      findExtension(oid) {
        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
      }
      /////////////////////////////////////////////////////////////////////////////
      // The following properties use the documented x509 structure to locate the
      // desired ASN.1 object
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
      get tbsCertificateObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
      get signatureAlgorithmObj() {
        return this.root.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
      get signatureValueObj() {
        return this.root.subs[2];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
      get versionObj() {
        return this.tbsCertificateObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
      get serialNumberObj() {
        return this.tbsCertificateObj.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
      get issuerObj() {
        return this.tbsCertificateObj.subs[3];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
      get validityObj() {
        return this.tbsCertificateObj.subs[4];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
      get subjectObj() {
        return this.tbsCertificateObj.subs[5];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
      get subjectPublicKeyInfoObj() {
        return this.tbsCertificateObj.subs[6];
      }
      // Extensions can't be located by index because their position varies. Instead,
      // we need to find the extensions context specific tag
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
      get extensionsObj() {
        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(3));
      }
    };
    exports.X509Certificate = X509Certificate4;
  }
});

// node_modules/@sigstore/core/dist/x509/index.js
var require_x509 = __commonJS({
  "node_modules/@sigstore/core/dist/x509/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var cert_1 = require_cert();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: !0, get: function() {
      return cert_1.EXTENSION_OID_SCT;
    } });
    Object.defineProperty(exports, "X509Certificate", { enumerable: !0, get: function() {
      return cert_1.X509Certificate;
    } });
    var ext_1 = require_ext();
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: !0, get: function() {
      return ext_1.X509SCTExtension;
    } });
  }
});

// node_modules/@sigstore/core/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@sigstore/core/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod2) {
        if (mod2 && mod2.__esModule) return mod2;
        var result = {};
        if (mod2 != null) for (var k = ownKeys(mod2), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod2, k[i]);
        return __setModuleDefault(result, mod2), result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
    var asn1_1 = require_asn1();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: !0, get: function() {
      return asn1_1.ASN1Obj;
    } });
    exports.crypto = __importStar(require_crypto());
    exports.dsse = __importStar(require_dsse());
    exports.encoding = __importStar(require_encoding());
    exports.json = __importStar(require_json());
    exports.pem = __importStar(require_pem());
    var rfc3161_1 = require_rfc3161();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: !0, get: function() {
      return rfc3161_1.RFC3161Timestamp;
    } });
    var stream_1 = require_stream();
    Object.defineProperty(exports, "ByteStream", { enumerable: !0, get: function() {
      return stream_1.ByteStream;
    } });
    var x509_1 = require_x509();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: !0, get: function() {
      return x509_1.EXTENSION_OID_SCT;
    } });
    Object.defineProperty(exports, "X509Certificate", { enumerable: !0, get: function() {
      return x509_1.X509Certificate;
    } });
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: !0, get: function() {
      return x509_1.X509SCTExtension;
    } });
  }
});

// node_modules/@sigstore/verify/dist/bundle/dsse.js
var require_dsse2 = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist3(), DSSESignatureContent = class {
      env;
      constructor(env) {
        this.env = env;
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.env.payload));
      }
      // For a DSSE envelope the signature is computed over the pre-authentication
      // encoding (PAE), so the digest of the signed bytes is the digest of the PAE.
      // This is what a Rekor v2 hashedrekord entry records for a DSSE envelope.
      compareSignedDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.preAuthEncoding));
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
      }
      get signature() {
        return this.env.signatures.length > 0 ? this.env.signatures[0].sig : Buffer.from("");
      }
      // DSSE Pre-Authentication Encoding
      get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
      }
    };
    exports.DSSESignatureContent = DSSESignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/message.js
var require_message = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist3(), protobuf_specs_1 = require_dist(), HASH_ALGORITHM_MAP = {
      [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_256]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_384]: "sha384",
      [protobuf_specs_1.HashAlgorithm.SHA2_512]: "sha512",
      [protobuf_specs_1.HashAlgorithm.SHA3_256]: "sha3-256",
      [protobuf_specs_1.HashAlgorithm.SHA3_384]: "sha3-384"
    }, MessageSignatureContent = class {
      signature;
      messageDigest;
      artifact;
      hashAlgorithm;
      constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature, this.messageDigest = messageSignature.messageDigest.digest, this.artifact = artifact, this.hashAlgorithm = HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ?? /* istanbul ignore next */
        "sha256";
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
      }
      // For a message signature the signature is computed over the artifact, so the
      // digest of the signed bytes is the artifact's message digest.
      compareSignedDigest(digest) {
        return this.compareDigest(digest);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
      }
    };
    exports.MessageSignatureContent = MessageSignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/index.js
var require_bundle2 = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.toSignedEntity = toSignedEntity2;
    exports.signatureContent = signatureContent;
    var core_1 = require_dist3(), dsse_1 = require_dsse2(), message_1 = require_message();
    function toSignedEntity2(bundle, artifact) {
      let { tlogEntries: tlogEntries2, timestampVerificationData } = bundle.verificationMaterial, timestamps2 = [];
      for (let entry of tlogEntries2)
        entry.integratedTime && entry.integratedTime !== "0" && timestamps2.push({
          $case: "transparency-log",
          tlogEntry: entry
        });
      for (let ts of timestampVerificationData?.rfc3161Timestamps ?? [])
        timestamps2.push({
          $case: "timestamp-authority",
          timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp))
        });
      return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries: tlogEntries2,
        timestamps: timestamps2
      };
    }
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    function key(bundle) {
      switch (bundle.verificationMaterial.content.$case) {
        case "publicKey":
          return {
            $case: "public-key",
            hint: bundle.verificationMaterial.content.publicKey.hint
          };
        case "x509CertificateChain":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain.certificates[0].rawBytes))
          };
        case "certificate":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes))
          };
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/error.js
var require_error4 = __commonJS({
  "node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      code;
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ code, message, cause }) {
        super(message), this.code = code, this.cause = cause, this.name = this.constructor.name;
      }
    }, VerificationError2 = class extends BaseError {
    };
    exports.VerificationError = VerificationError2;
    var PolicyError2 = class extends BaseError {
    };
    exports.PolicyError = PolicyError2;
  }
});

// node_modules/@sigstore/verify/dist/trust/filter.js
var require_filter = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/filter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.filterCertAuthorities = filterCertAuthorities;
    exports.filterTLogAuthorities = filterTLogAuthorities;
    function filterCertAuthorities(certAuthorities, timestamp) {
      return certAuthorities.filter((ca) => ca.validFor.start <= timestamp && ca.validFor.end >= timestamp);
    }
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => criteria.logID && !tlog.logID.equals(criteria.logID) ? !1 : tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end);
    }
  }
});

// node_modules/@sigstore/verify/dist/trust/index.js
var require_trust = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial2;
    var core_1 = require_dist3(), protobuf_specs_1 = require_dist(), error_1 = require_error4(), BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0), END_OF_TIME = /* @__PURE__ */ new Date(864e13), filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: !0, get: function() {
      return filter_1.filterCertAuthorities;
    } });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: !0, get: function() {
      return filter_1.filterTLogAuthorities;
    } });
    function toTrustMaterial2(root, keys) {
      let keyFinder = typeof keys == "function" ? keys : keyLocator(keys);
      return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder
      };
    }
    function createTLogAuthority(tlogInstance) {
      let keyDetails = tlogInstance.publicKey.keyDetails, keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256 ? "pkcs1" : "spki";
      return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId ? tlogInstance.checkpointKeyId.keyId : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
          start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
          end: tlogInstance.publicKey.validFor?.end || END_OF_TIME
        }
      };
    }
    function createCertAuthority(ca) {
      return {
        certChain: ca.certChain.certificates.map((cert) => core_1.X509Certificate.parse(Buffer.from(cert.rawBytes))),
        validFor: {
          start: ca.validFor?.start || BEGINNING_OF_TIME,
          end: ca.validFor?.end || END_OF_TIME
        }
      };
    }
    function keyLocator(keys) {
      return (hint) => {
        let key = (keys || {})[hint];
        if (!key)
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `key not found: ${hint}`
          });
        return {
          publicKey: core_1.crypto.createPublicKey(key.rawBytes),
          validFor: (date) => (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date
        };
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/key/certificate.js
var require_certificate = __commonJS({
  "node_modules/@sigstore/verify/dist/key/certificate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.CertificateChainVerifier = void 0;
    exports.verifyCertificateChain = verifyCertificateChain;
    var error_1 = require_error4(), trust_1 = require_trust();
    function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
      let cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp), error;
      for (let ca of cas)
        try {
          return new CertificateChainVerifier({
            trustedCerts: ca.certChain,
            untrustedCert: leaf,
            timestamp
          }).verify();
        } catch (err) {
          error = err;
        }
      throw new error_1.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: "Failed to verify certificate chain",
        cause: error
      });
    }
    var CertificateChainVerifier = class {
      untrustedCert;
      trustedCerts;
      localCerts;
      timestamp;
      constructor(opts) {
        this.untrustedCert = opts.untrustedCert, this.trustedCerts = opts.trustedCerts, this.localCerts = dedupeCertificates([
          ...opts.trustedCerts,
          opts.untrustedCert
        ]), this.timestamp = opts.timestamp;
      }
      verify() {
        let certificatePath = this.sort();
        if (this.checkPath(certificatePath), !certificatePath.every((cert) => cert.validForDate(this.timestamp)))
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate is not valid or expired at the specified date"
          });
        return certificatePath;
      }
      sort() {
        let leafCert = this.untrustedCert, paths = this.buildPaths(leafCert);
        if (paths = paths.filter((path2) => path2.some((cert) => this.trustedCerts.includes(cert))), paths.length === 0)
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        let path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path].slice(0, -1);
      }
      // Recursively build all possible paths from the leaf to the root
      buildPaths(certificate) {
        let paths = [], issuers = this.findIssuer(certificate);
        if (issuers.length === 0)
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no valid certificate path found"
          });
        for (let i = 0; i < issuers.length; i++) {
          let issuer = issuers[i];
          if (issuer.equals(certificate)) {
            paths.push([certificate]);
            continue;
          }
          let subPaths = this.buildPaths(issuer);
          for (let j = 0; j < subPaths.length; j++)
            paths.push([issuer, ...subPaths[j]]);
        }
        return paths;
      }
      // Return all possible issuers for the given certificate
      findIssuer(certificate) {
        let issuers = [], keyIdentifier;
        return certificate.subject.equals(certificate.issuer) && certificate.verify() ? [certificate] : (certificate.extAuthorityKeyID && (keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier), this.localCerts.forEach((possibleIssuer) => {
          if (keyIdentifier && possibleIssuer.extSubjectKeyID) {
            possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier) && issuers.push(possibleIssuer);
            return;
          }
          possibleIssuer.subject.equals(certificate.issuer) && issuers.push(possibleIssuer);
        }), issuers = issuers.filter((issuer) => {
          try {
            return certificate.verify(issuer);
          } catch {
            return !1;
          }
        }), issuers);
      }
      checkPath(path) {
        if (path.length < 1)
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        if (!path.slice(1).every((cert) => cert.isCA))
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        for (let i = path.length - 2; i >= 0; i--)
          if (!path[i].issuer.equals(path[i + 1].subject))
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
        for (let i = 0; i < path.length; i++) {
          let cert = path[i];
          if (cert.extBasicConstraints?.isCA) {
            let pathLength = cert.extBasicConstraints.pathLenConstraint;
            if (pathLength !== void 0 && pathLength < i - 1)
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "path length constraint exceeded"
              });
          }
        }
      }
    };
    exports.CertificateChainVerifier = CertificateChainVerifier;
    function dedupeCertificates(certs) {
      for (let i = 0; i < certs.length; i++)
        for (let j = i + 1; j < certs.length; j++)
          certs[i].equals(certs[j]) && (certs.splice(j, 1), j--);
      return certs;
    }
  }
});

// node_modules/@sigstore/verify/dist/key/sct.js
var require_sct2 = __commonJS({
  "node_modules/@sigstore/verify/dist/key/sct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifySCTs = verifySCTs;
    var core_1 = require_dist3(), error_1 = require_error4(), trust_1 = require_trust();
    function verifySCTs(cert, issuer, ctlogs) {
      let extSCT, clone = cert.clone();
      for (let i = 0; i < clone.extensions.length; i++) {
        let ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
          extSCT = new core_1.X509SCTExtension(ext), clone.extensions.splice(i, 1);
          break;
        }
      }
      if (!extSCT)
        return [];
      if (extSCT.signedCertificateTimestamps.length === 0)
        return [];
      let preCert = new core_1.ByteStream(), issuerId = core_1.crypto.digest("sha256", issuer.publicKey);
      preCert.appendView(issuerId);
      let tbs = clone.tbsCertificate.toDER();
      return preCert.appendUint24(tbs.length), preCert.appendView(tbs), extSCT.signedCertificateTimestamps.map((sct) => {
        if (!(0, trust_1.filterTLogAuthorities)(ctlogs, {
          logID: sct.logID,
          targetDate: sct.datetime
        }).some((log) => sct.verify(preCert.buffer, log.publicKey)))
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "SCT verification failed"
          });
        return sct.logID;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/key/index.js
var require_key = __commonJS({
  "node_modules/@sigstore/verify/dist/key/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyPublicKey = verifyPublicKey;
    exports.verifyCertificate = verifyCertificate;
    var core_1 = require_dist3(), error_1 = require_error4(), certificate_1 = require_certificate(), sct_1 = require_sct2(), OID_FULCIO_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1", OID_FULCIO_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    function verifyPublicKey(hint, timestamps2, trustMaterial) {
      let key = trustMaterial.publicKey(hint);
      return timestamps2.forEach((timestamp) => {
        if (!key.validFor(timestamp))
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`
          });
      }), { key: key.publicKey };
    }
    function verifyCertificate(leaf, timestamps2, trustMaterial) {
      let path = [];
      return timestamps2.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      }), {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0])
      };
    }
    function getSigner(cert) {
      let issuer, issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
      issuerExtension ? issuer = issuerExtension.valueObj.subs?.[0]?.value.toString("ascii") : issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString("ascii");
      let oids = cert.extensions.map((ext) => ({
        oid: { id: ext.subs[0].toOID().split(".").map(Number) },
        value: ext.subs[ext.subs.length - 1].value
      })), identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids
      };
      return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/policy.js
var require_policy = __commonJS({
  "node_modules/@sigstore/verify/dist/policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
    exports.verifyExtensions = verifyExtensions;
    exports.verifyOIDs = verifyOIDs;
    var error_1 = require_error4();
    function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
      if (signerIdentity === void 0 || !signerIdentity.match(policyIdentity))
        throw new error_1.PolicyError({
          code: "UNTRUSTED_SIGNER_ERROR",
          message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`
        });
    }
    function verifyExtensions(policyExtensions, signerExtensions = {}) {
      let key;
      for (key in policyExtensions)
        if (signerExtensions[key] !== policyExtensions[key])
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`
          });
    }
    function verifyOIDs(policyOIDs, signerOIDs = []) {
      for (let policyOID of policyOIDs)
        if (!signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) && policyOID.value.equals(signerOID.value))) {
          let oid = policyOID.oid?.id.join(".") ?? "<unknown>";
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - missing OID ${oid}`
          });
        }
    }
    function oidEquals(a, b) {
      return a === void 0 || b === void 0 ? !1 : a.length === b.length && a.every((v, i) => v === b[i]);
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/tsa.js
var require_tsa = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/tsa.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
    var core_1 = require_dist3(), error_1 = require_error4(), certificate_1 = require_certificate(), trust_1 = require_trust();
    function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
      let signingTime = timestamp.signingTime;
      if (timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime), timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer
      }), !timestampAuthorities.some((ca) => {
        try {
          return verifyTimestampForCA(timestamp, data, ca), !0;
        } catch {
          return !1;
        }
      }))
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "timestamp could not be verified"
        });
    }
    function verifyTimestampForCA(timestamp, data, ca) {
      let [leaf, ...cas] = ca.certChain, signingKey = core_1.crypto.createPublicKey(leaf.publicKey), signingTime = timestamp.signingTime;
      try {
        new certificate_1.CertificateChainVerifier({
          untrustedCert: leaf,
          trustedCerts: cas,
          timestamp: signingTime
        }).verify();
      } catch {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "invalid certificate chain"
        });
      }
      timestamp.verify(data, signingKey);
    }
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/index.js
var require_timestamp2 = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getTSATimestamp = getTSATimestamp;
    exports.getTLogTimestamp = getTLogTimestamp;
    var tsa_1 = require_tsa();
    function getTSATimestamp(timestamp, data, timestampAuthorities) {
      return (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities), {
        type: "timestamp-authority",
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime
      };
    }
    function getTLogTimestamp(entry) {
      if (entry.inclusionPromise)
        return {
          type: "transparency-log",
          logID: entry.logId.keyId,
          timestamp: new Date(Number(entry.integratedTime) * 1e3)
        };
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js
var require_verifier = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Signature = exports.Verifier = exports.PublicKey = void 0;
    var sigstore_common_1 = require_sigstore_common();
    exports.PublicKey = {
      fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
      },
      toJSON(message) {
        let obj = {};
        return message.rawBytes.length !== 0 && (obj.rawBytes = base64FromBytes(message.rawBytes)), obj;
      }
    };
    exports.Verifier = {
      fromJSON(object) {
        return {
          verifier: isSet(object.publicKey) ? { $case: "publicKey", publicKey: exports.PublicKey.fromJSON(object.publicKey) } : isSet(object.x509Certificate) ? { $case: "x509Certificate", x509Certificate: sigstore_common_1.X509Certificate.fromJSON(object.x509Certificate) } : void 0,
          keyDetails: isSet(object.keyDetails) ? (0, sigstore_common_1.publicKeyDetailsFromJSON)(object.keyDetails) : 0
        };
      },
      toJSON(message) {
        let obj = {};
        return message.verifier?.$case === "publicKey" ? obj.publicKey = exports.PublicKey.toJSON(message.verifier.publicKey) : message.verifier?.$case === "x509Certificate" && (obj.x509Certificate = sigstore_common_1.X509Certificate.toJSON(message.verifier.x509Certificate)), message.keyDetails !== 0 && (obj.keyDetails = (0, sigstore_common_1.publicKeyDetailsToJSON)(message.keyDetails)), obj;
      }
    };
    exports.Signature = {
      fromJSON(object) {
        return {
          content: isSet(object.content) ? Buffer.from(bytesFromBase64(object.content)) : Buffer.alloc(0),
          verifier: isSet(object.verifier) ? exports.Verifier.fromJSON(object.verifier) : void 0
        };
      },
      toJSON(message) {
        let obj = {};
        return message.content.length !== 0 && (obj.content = base64FromBytes(message.content)), message.verifier !== void 0 && (obj.verifier = exports.Verifier.toJSON(message.verifier)), obj;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value != null;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js
var require_dsse3 = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DSSELogEntryV002 = exports.DSSERequestV002 = void 0;
    var envelope_1 = require_envelope(), sigstore_common_1 = require_sigstore_common(), verifier_1 = require_verifier();
    exports.DSSERequestV002 = {
      fromJSON(object) {
        return {
          envelope: isSet(object.envelope) ? envelope_1.Envelope.fromJSON(object.envelope) : void 0,
          verifiers: globalThis.Array.isArray(object?.verifiers) ? object.verifiers.map((e) => verifier_1.Verifier.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        let obj = {};
        return message.envelope !== void 0 && (obj.envelope = envelope_1.Envelope.toJSON(message.envelope)), message.verifiers?.length && (obj.verifiers = message.verifiers.map((e) => verifier_1.Verifier.toJSON(e))), obj;
      }
    };
    exports.DSSELogEntryV002 = {
      fromJSON(object) {
        return {
          payloadHash: isSet(object.payloadHash) ? sigstore_common_1.HashOutput.fromJSON(object.payloadHash) : void 0,
          signatures: globalThis.Array.isArray(object?.signatures) ? object.signatures.map((e) => verifier_1.Signature.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        let obj = {};
        return message.payloadHash !== void 0 && (obj.payloadHash = sigstore_common_1.HashOutput.toJSON(message.payloadHash)), message.signatures?.length && (obj.signatures = message.signatures.map((e) => verifier_1.Signature.toJSON(e))), obj;
      }
    };
    function isSet(value) {
      return value != null;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js
var require_hashedrekord = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HashedRekordLogEntryV002 = exports.HashedRekordRequestV002 = void 0;
    var sigstore_common_1 = require_sigstore_common(), verifier_1 = require_verifier();
    exports.HashedRekordRequestV002 = {
      fromJSON(object) {
        return {
          digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
          signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : void 0
        };
      },
      toJSON(message) {
        let obj = {};
        return message.digest.length !== 0 && (obj.digest = base64FromBytes(message.digest)), message.signature !== void 0 && (obj.signature = verifier_1.Signature.toJSON(message.signature)), obj;
      }
    };
    exports.HashedRekordLogEntryV002 = {
      fromJSON(object) {
        return {
          data: isSet(object.data) ? sigstore_common_1.HashOutput.fromJSON(object.data) : void 0,
          signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : void 0
        };
      },
      toJSON(message) {
        let obj = {};
        return message.data !== void 0 && (obj.data = sigstore_common_1.HashOutput.toJSON(message.data)), message.signature !== void 0 && (obj.signature = verifier_1.Signature.toJSON(message.signature)), obj;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value != null;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/entry.js
var require_entry = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.CreateEntryRequest = exports.Spec = exports.Entry = void 0;
    var dsse_1 = require_dsse3(), hashedrekord_1 = require_hashedrekord();
    exports.Entry = {
      fromJSON(object) {
        return {
          kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
          apiVersion: isSet(object.apiVersion) ? globalThis.String(object.apiVersion) : "",
          spec: isSet(object.spec) ? exports.Spec.fromJSON(object.spec) : void 0
        };
      },
      toJSON(message) {
        let obj = {};
        return message.kind !== "" && (obj.kind = message.kind), message.apiVersion !== "" && (obj.apiVersion = message.apiVersion), message.spec !== void 0 && (obj.spec = exports.Spec.toJSON(message.spec)), obj;
      }
    };
    exports.Spec = {
      fromJSON(object) {
        return {
          spec: isSet(object.hashedRekordV002) ? { $case: "hashedRekordV002", hashedRekordV002: hashedrekord_1.HashedRekordLogEntryV002.fromJSON(object.hashedRekordV002) } : isSet(object.dsseV002) ? { $case: "dsseV002", dsseV002: dsse_1.DSSELogEntryV002.fromJSON(object.dsseV002) } : void 0
        };
      },
      toJSON(message) {
        let obj = {};
        return message.spec?.$case === "hashedRekordV002" ? obj.hashedRekordV002 = hashedrekord_1.HashedRekordLogEntryV002.toJSON(message.spec.hashedRekordV002) : message.spec?.$case === "dsseV002" && (obj.dsseV002 = dsse_1.DSSELogEntryV002.toJSON(message.spec.dsseV002)), obj;
      }
    };
    exports.CreateEntryRequest = {
      fromJSON(object) {
        return {
          spec: isSet(object.hashedRekordRequestV002) ? {
            $case: "hashedRekordRequestV002",
            hashedRekordRequestV002: hashedrekord_1.HashedRekordRequestV002.fromJSON(object.hashedRekordRequestV002)
          } : isSet(object.dsseRequestV002) ? { $case: "dsseRequestV002", dsseRequestV002: dsse_1.DSSERequestV002.fromJSON(object.dsseRequestV002) } : void 0
        };
      },
      toJSON(message) {
        let obj = {};
        return message.spec?.$case === "hashedRekordRequestV002" ? obj.hashedRekordRequestV002 = hashedrekord_1.HashedRekordRequestV002.toJSON(message.spec.hashedRekordRequestV002) : message.spec?.$case === "dsseRequestV002" && (obj.dsseRequestV002 = dsse_1.DSSERequestV002.toJSON(message.spec.dsseRequestV002)), obj;
      }
    };
    function isSet(value) {
      return value != null;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js
var require_v2 = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    __exportStar(require_dsse3(), exports);
    __exportStar(require_entry(), exports);
    __exportStar(require_hashedrekord(), exports);
    __exportStar(require_verifier(), exports);
  }
});

// node_modules/@sigstore/verify/dist/tlog/dsse.js
var require_dsse4 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DSSE_API_VERSION_V1 = void 0;
    exports.verifyDSSETLogBody = verifyDSSETLogBody;
    exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
    var error_1 = require_error4();
    exports.DSSE_API_VERSION_V1 = "0.0.1";
    function verifyDSSETLogBody(tlogEntry, content) {
      if (tlogEntry.apiVersion === exports.DSSE_API_VERSION_V1)
        return verifyDSSE001TLogBody(tlogEntry, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported dsse version: ${tlogEntry.apiVersion}`
      });
    }
    function verifyDSSETLogBodyV2(tlogEntry, content) {
      let spec = tlogEntry.spec?.spec;
      if (!spec)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "missing dsse spec"
        });
      if (spec.$case === "dsseV002")
        return verifyDSSE002TLogBody(spec.dsseV002, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported version: ${spec.$case}`
      });
    }
    function verifyDSSE001TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.signatures?.length !== 1)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      let tlogSig = tlogEntry.spec.signatures[0].signature;
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      let tlogHash = tlogEntry.spec.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
    }
    function verifyDSSE002TLogBody(spec, content) {
      if (spec.signatures?.length !== 1)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      let tlogSig = spec.signatures[0].content;
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      let tlogHash = spec.payloadHash?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/hashedrekord.js
var require_hashedrekord2 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HASHEDREKORD_API_VERSION_V1 = void 0;
    exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
    exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
    var error_1 = require_error4();
    exports.HASHEDREKORD_API_VERSION_V1 = "0.0.1";
    function verifyHashedRekordTLogBody(tlogEntry, content) {
      if (tlogEntry.apiVersion === exports.HASHEDREKORD_API_VERSION_V1)
        return verifyHashedrekord001TLogBody(tlogEntry, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`
      });
    }
    function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
      let spec = tlogEntry.spec?.spec;
      if (!spec)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "missing dsse spec"
        });
      if (spec.$case === "hashedRekordV002")
        return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported version: ${spec.$case}`
      });
    }
    function verifyHashedrekord001TLogBody(tlogEntry, content) {
      let tlogSig = tlogEntry.spec.signature.content || "";
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      let tlogDigest = tlogEntry.spec.data.hash?.value || "";
      if (!content.compareSignedDigest(Buffer.from(tlogDigest, "hex")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
    }
    function verifyHashedrekord002TLogBody(spec, content) {
      let tlogSig = spec.signature?.content || Buffer.from("");
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      let tlogHash = spec.data?.digest || Buffer.from("");
      if (!content.compareSignedDigest(tlogHash))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/intoto.js
var require_intoto = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/intoto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
    var error_1 = require_error4();
    function verifyIntotoTLogBody(tlogEntry, content) {
      if (tlogEntry.apiVersion === "0.0.2")
        return verifyIntoto002TLogBody(tlogEntry, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported intoto version: ${tlogEntry.apiVersion}`
      });
    }
    function verifyIntoto002TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.content.envelope.signatures?.length !== 1)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      let tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      let tlogHash = tlogEntry.spec.content.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
    }
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf-8");
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/checkpoint.js
var require_checkpoint = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/checkpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LogCheckpoint = void 0;
    exports.verifyCheckpoint = verifyCheckpoint;
    var core_1 = require_dist3(), error_1 = require_error4(), CHECKPOINT_SEPARATOR = `

`, SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
    function verifyCheckpoint(entry, tlogs) {
      let inclusionProof = entry.inclusionProof, signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope), checkpoint = LogCheckpoint.fromString(signedNote.note);
      if (!verifySignedNote(signedNote, tlogs))
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid checkpoint signature"
        });
      return checkpoint;
    }
    function verifySignedNote(signedNote, tlogs) {
      let data = Buffer.from(signedNote.note, "utf-8");
      return signedNote.signatures.some((signature) => {
        let tlog = tlogs.find((tlog2) => core_1.crypto.bufferEqual(tlog2.logID.subarray(0, 4), signature.keyHint) && // Match the signature name to the base URL of the tlog. The name is
        // attacker-controlled, so it MUST be compared as a literal substring
        // and never coerced into a RegExp (as String.prototype.match would).
        tlog2.baseURL.includes(signature.name));
        return tlog ? core_1.crypto.verify(data, tlog.publicKey, signature.signature) : !1;
      });
    }
    var SignedNote = class _SignedNote {
      note;
      signatures;
      constructor(note, signatures) {
        this.note = note, this.signatures = signatures;
      }
      // Deserialize a SignedNote from a string
      static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR))
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "missing checkpoint separator"
          });
        let split2 = envelope.indexOf(CHECKPOINT_SEPARATOR), header = envelope.slice(0, split2 + 1), matches2 = envelope.slice(split2 + CHECKPOINT_SEPARATOR.length).matchAll(SIGNATURE_REGEX), signatures = Array.from(matches2, (match) => {
          let [, name, signature] = match, sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5)
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          return {
            name,
            keyHint: sigBytes.subarray(0, 4),
            signature: sigBytes.subarray(4)
          };
        });
        if (signatures.length === 0)
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "no signatures found in checkpoint"
          });
        return new _SignedNote(header, signatures);
      }
    }, LogCheckpoint = class _LogCheckpoint {
      origin;
      logSize;
      logHash;
      rest;
      constructor(origin, logSize, logHash, rest) {
        this.origin = origin, this.logSize = logSize, this.logHash = logHash, this.rest = rest;
      }
      static fromString(note) {
        let lines = note.trimEnd().split(`
`);
        if (lines.length < 3)
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "too few lines in checkpoint header"
          });
        let origin = lines[0], logSize;
        try {
          logSize = BigInt(lines[1]);
        } catch {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "invalid checkpoint log size"
          });
        }
        let rootHash = Buffer.from(lines[2], "base64"), rest = lines.slice(3);
        return new _LogCheckpoint(origin, logSize, rootHash, rest);
      }
    };
    exports.LogCheckpoint = LogCheckpoint;
  }
});

// node_modules/@sigstore/verify/dist/tlog/merkle.js
var require_merkle = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/merkle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyMerkleInclusion = verifyMerkleInclusion;
    var core_1 = require_dist3(), error_1 = require_error4(), RFC6962_LEAF_HASH_PREFIX = Buffer.from([0]), RFC6962_NODE_HASH_PREFIX = Buffer.from([1]);
    function verifyMerkleInclusion(entry, checkpoint) {
      let inclusionProof = entry.inclusionProof, logIndex;
      try {
        logIndex = BigInt(inclusionProof.logIndex);
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid inclusion proof log index"
        });
      }
      let treeSize = BigInt(checkpoint.logSize);
      if (logIndex < 0n || logIndex >= treeSize)
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: `invalid index: ${logIndex}`
        });
      let { inner, border } = decompInclProof(logIndex, treeSize);
      if (inclusionProof.hashes.length !== inner + border)
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid hash count"
        });
      let innerHashes = inclusionProof.hashes.slice(0, inner), borderHashes = inclusionProof.hashes.slice(inner), leafHash = hashLeaf(entry.canonicalizedBody), calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
      if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash))
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "calculated root hash does not match inclusion proof"
        });
    }
    function decompInclProof(index, size) {
      let inner = innerProofSize(index, size), border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => index >> BigInt(i) & BigInt(1) ? hashChildren(h, acc) : hashChildren(acc, h), seed);
    }
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    function bitLength(n) {
      return n === 0n ? 0 : n.toString(2).length;
    }
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/set.js
var require_set = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyTLogSET = verifyTLogSET;
    var core_1 = require_dist3(), error_1 = require_error4(), trust_1 = require_trust();
    function verifyTLogSET(entry, tlogs) {
      if (!(0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1e3)
      }).some((tlog) => {
        let payload = toVerificationPayload(entry), data = Buffer.from(core_1.json.canonicalize(payload), "utf8"), signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
      }))
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROMISE_ERROR",
          message: "inclusion promise could not be verified"
        });
    }
    function toVerificationPayload(entry) {
      let { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/index.js
var require_tlog = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyTLogBody = verifyTLogBody;
    exports.verifyTLogInclusion = verifyTLogInclusion;
    var v2_1 = require_v2(), error_1 = require_error4(), dsse_1 = require_dsse4(), hashedrekord_1 = require_hashedrekord2(), intoto_1 = require_intoto(), checkpoint_1 = require_checkpoint(), merkle_1 = require_merkle(), set_1 = require_set();
    function verifyTLogBody(entry, sigContent) {
      let { kind, version } = entry.kindVersion, body;
      try {
        body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "invalid canonicalized body"
        });
      }
      if (kind !== body.kind || version !== body.apiVersion)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`
        });
      switch (kind) {
        case "dsse":
          if (version == dsse_1.DSSE_API_VERSION_V1)
            return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
          {
            let entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
          }
        case "intoto":
          return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case "hashedrekord":
          if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1)
            return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
          {
            let entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
          }
        /* istanbul ignore next */
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported kind: ${kind}`
          });
      }
    }
    function verifyTLogInclusion(entry, tlogAuthorities) {
      let inclusionVerified = !1;
      if (isTLogEntryWithInclusionPromise(entry) && ((0, set_1.verifyTLogSET)(entry, tlogAuthorities), inclusionVerified = !0), isTLogEntryWithInclusionProof(entry)) {
        let matchingAuthorities = tlogAuthorities.filter((tlog) => tlog.logID.equals(entry.logId.keyId)), checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, matchingAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint), inclusionVerified = !0;
      }
      if (!inclusionVerified)
        throw new error_1.VerificationError({
          code: "TLOG_MISSING_INCLUSION_ERROR",
          message: "inclusion could not be verified"
        });
    }
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
  }
});

// node_modules/@sigstore/verify/dist/verifier.js
var require_verifier2 = __commonJS({
  "node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Verifier = void 0;
    var util_1 = __require("util"), error_1 = require_error4(), key_1 = require_key(), policy_1 = require_policy(), timestamp_1 = require_timestamp2(), tlog_1 = require_tlog(), Verifier4 = class {
      trustMaterial;
      options;
      constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial, this.options = {
          ctlogThreshold: options.ctlogThreshold ?? 1,
          tlogThreshold: options.tlogThreshold ?? 1,
          timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
          tsaThreshold: 0
        };
      }
      verify(entity, policy) {
        let timestamps2 = this.verifyTimestamps(entity), signer = this.verifySigningKey(entity, timestamps2);
        return this.verifyTLogs(entity), this.verifySignature(entity, signer), policy && this.verifyPolicy(policy, signer.identity || {}), signer;
      }
      // Checks that all of the timestamps in the entity are valid and returns them
      verifyTimestamps(entity) {
        let timestamps2 = [];
        for (let timestamp of entity.timestamps)
          switch (timestamp.$case) {
            case "timestamp-authority":
              timestamps2.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
              break;
            case "transparency-log": {
              let result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
              result && timestamps2.push(result);
              break;
            }
          }
        if (containsDupes(timestamps2))
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: "duplicate timestamp"
          });
        if (timestamps2.length < this.options.timestampThreshold)
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps2.length}`
          });
        return timestamps2.map((t) => t.timestamp);
      }
      // Checks that the signing key is valid for all of the the supplied timestamps
      // and returns the signer.
      verifySigningKey({ key }, timestamps2) {
        switch (key.$case) {
          case "public-key":
            return (0, key_1.verifyPublicKey)(key.hint, timestamps2, this.trustMaterial);
          case "certificate": {
            let result = (0, key_1.verifyCertificate)(key.certificate, timestamps2, this.trustMaterial);
            if (containsDupes(result.scts))
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "duplicate SCT"
              });
            if (result.scts.length < this.options.ctlogThreshold)
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
              });
            return result.signer;
          }
        }
      }
      // Checks that the tlog entries are valid for the supplied content
      verifyTLogs({ signature: content, tlogEntries: tlogEntries2 }) {
        let entryIDs = [];
        if (tlogEntries2.forEach((entry) => {
          (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs), (0, tlog_1.verifyTLogBody)(entry, content), entryIDs.push({
            logID: entry.logId.keyId,
            body: entry.canonicalizedBody
          });
        }), containsDupes(entryIDs))
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: "duplicate tlog entry"
          });
        if (entryIDs.length < this.options.tlogThreshold)
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`
          });
      }
      // Checks that the signature is valid for the supplied content
      verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key))
          throw new error_1.VerificationError({
            code: "SIGNATURE_ERROR",
            message: "signature verification failed"
          });
      }
      verifyPolicy(policy, identity) {
        policy.subjectAlternativeName && (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName), policy.extensions && (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions), policy.oids && (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
      }
    };
    exports.Verifier = Verifier4;
    function containsDupes(arr) {
      for (let i = 0; i < arr.length; i++)
        for (let j = i + 1; j < arr.length; j++)
          if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j]))
            return !0;
      return !1;
    }
  }
});

// node_modules/@sigstore/verify/dist/index.js
var require_dist4 = __commonJS({
  "node_modules/@sigstore/verify/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle2();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: !0, get: function() {
      return bundle_1.toSignedEntity;
    } });
    var error_1 = require_error4();
    Object.defineProperty(exports, "PolicyError", { enumerable: !0, get: function() {
      return error_1.PolicyError;
    } });
    Object.defineProperty(exports, "VerificationError", { enumerable: !0, get: function() {
      return error_1.VerificationError;
    } });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: !0, get: function() {
      return trust_1.toTrustMaterial;
    } });
    var verifier_1 = require_verifier2();
    Object.defineProperty(exports, "Verifier", { enumerable: !0, get: function() {
      return verifier_1.Verifier;
    } });
  }
});

// node_modules/node-forge/lib/forge.js
var require_forge = __commonJS({
  "node_modules/node-forge/lib/forge.js"(exports, module) {
    module.exports = {
      // default options
      options: {
        usePureJavaScript: !1
      }
    };
  }
});

// node_modules/node-forge/lib/baseN.js
var require_baseN = __commonJS({
  "node_modules/node-forge/lib/baseN.js"(exports, module) {
    var api = {};
    module.exports = api;
    var _reverseAlphabets = {};
    api.encode = function(input, alphabet, maxline) {
      if (typeof alphabet != "string")
        throw new TypeError('"alphabet" must be a string.');
      if (maxline !== void 0 && typeof maxline != "number")
        throw new TypeError('"maxline" must be a number.');
      var output = "";
      if (!(input instanceof Uint8Array))
        output = _encodeWithByteBuffer(input, alphabet);
      else {
        var i = 0, base = alphabet.length, first = alphabet.charAt(0), digits = [0];
        for (i = 0; i < input.length; ++i) {
          for (var j = 0, carry = input[i]; j < digits.length; ++j)
            carry += digits[j] << 8, digits[j] = carry % base, carry = carry / base | 0;
          for (; carry > 0; )
            digits.push(carry % base), carry = carry / base | 0;
        }
        for (i = 0; input[i] === 0 && i < input.length - 1; ++i)
          output += first;
        for (i = digits.length - 1; i >= 0; --i)
          output += alphabet[digits[i]];
      }
      if (maxline) {
        var regex = new RegExp(".{1," + maxline + "}", "g");
        output = output.match(regex).join(`\r
`);
      }
      return output;
    };
    api.decode = function(input, alphabet) {
      if (typeof input != "string")
        throw new TypeError('"input" must be a string.');
      if (typeof alphabet != "string")
        throw new TypeError('"alphabet" must be a string.');
      var table = _reverseAlphabets[alphabet];
      if (!table) {
        table = _reverseAlphabets[alphabet] = [];
        for (var i = 0; i < alphabet.length; ++i)
          table[alphabet.charCodeAt(i)] = i;
      }
      input = input.replace(/\s/g, "");
      for (var base = alphabet.length, first = alphabet.charAt(0), bytes = [0], i = 0; i < input.length; i++) {
        var value = table[input.charCodeAt(i)];
        if (value === void 0)
          return;
        for (var j = 0, carry = value; j < bytes.length; ++j)
          carry += bytes[j] * base, bytes[j] = carry & 255, carry >>= 8;
        for (; carry > 0; )
          bytes.push(carry & 255), carry >>= 8;
      }
      for (var k = 0; input[k] === first && k < input.length - 1; ++k)
        bytes.push(0);
      return typeof Buffer < "u" ? Buffer.from(bytes.reverse()) : new Uint8Array(bytes.reverse());
    };
    function _encodeWithByteBuffer(input, alphabet) {
      var i = 0, base = alphabet.length, first = alphabet.charAt(0), digits = [0];
      for (i = 0; i < input.length(); ++i) {
        for (var j = 0, carry = input.at(i); j < digits.length; ++j)
          carry += digits[j] << 8, digits[j] = carry % base, carry = carry / base | 0;
        for (; carry > 0; )
          digits.push(carry % base), carry = carry / base | 0;
      }
      var output = "";
      for (i = 0; input.at(i) === 0 && i < input.length() - 1; ++i)
        output += first;
      for (i = digits.length - 1; i >= 0; --i)
        output += alphabet[digits[i]];
      return output;
    }
  }
});

// node_modules/node-forge/lib/util.js
var require_util = __commonJS({
  "node_modules/node-forge/lib/util.js"(exports, module) {
    var forge = require_forge(), baseN = require_baseN(), util = module.exports = forge.util = forge.util || {};
    (function() {
      if (typeof process < "u" && process.nextTick && !process.browser) {
        util.nextTick = process.nextTick, typeof setImmediate == "function" ? util.setImmediate = setImmediate : util.setImmediate = util.nextTick;
        return;
      }
      if (typeof setImmediate == "function") {
        util.setImmediate = function() {
          return setImmediate.apply(void 0, arguments);
        }, util.nextTick = function(callback) {
          return setImmediate(callback);
        };
        return;
      }
      if (util.setImmediate = function(callback) {
        setTimeout(callback, 0);
      }, typeof window < "u" && typeof window.postMessage == "function") {
        let handler2 = function(event) {
          if (event.source === window && event.data === msg) {
            event.stopPropagation();
            var copy = callbacks.slice();
            callbacks.length = 0, copy.forEach(function(callback) {
              callback();
            });
          }
        };
        var handler = handler2, msg = "forge.setImmediate", callbacks = [];
        util.setImmediate = function(callback) {
          callbacks.push(callback), callbacks.length === 1 && window.postMessage(msg, "*");
        }, window.addEventListener("message", handler2, !0);
      }
      if (typeof MutationObserver < "u") {
        var now = Date.now(), attr = !0, div = document.createElement("div"), callbacks = [];
        new MutationObserver(function() {
          var copy = callbacks.slice();
          callbacks.length = 0, copy.forEach(function(callback) {
            callback();
          });
        }).observe(div, { attributes: !0 });
        var oldSetImmediate = util.setImmediate;
        util.setImmediate = function(callback) {
          Date.now() - now > 15 ? (now = Date.now(), oldSetImmediate(callback)) : (callbacks.push(callback), callbacks.length === 1 && div.setAttribute("a", attr = !attr));
        };
      }
      util.nextTick = util.setImmediate;
    })();
    util.isNodejs = typeof process < "u" && process.versions && process.versions.node;
    util.globalScope = (function() {
      return util.isNodejs ? global : typeof self > "u" ? window : self;
    })();
    util.isArray = Array.isArray || function(x) {
      return Object.prototype.toString.call(x) === "[object Array]";
    };
    util.isArrayBuffer = function(x) {
      return typeof ArrayBuffer < "u" && x instanceof ArrayBuffer;
    };
    util.isArrayBufferView = function(x) {
      return x && util.isArrayBuffer(x.buffer) && x.byteLength !== void 0;
    };
    function _checkBitsParam(n) {
      if (!(n === 8 || n === 16 || n === 24 || n === 32))
        throw new Error("Only 8, 16, 24, or 32 bits supported: " + n);
    }
    util.ByteBuffer = ByteStringBuffer;
    function ByteStringBuffer(b) {
      if (this.data = "", this.read = 0, typeof b == "string")
        this.data = b;
      else if (util.isArrayBuffer(b) || util.isArrayBufferView(b))
        if (typeof Buffer < "u" && b instanceof Buffer)
          this.data = b.toString("binary");
        else {
          var arr = new Uint8Array(b);
          try {
            this.data = String.fromCharCode.apply(null, arr);
          } catch {
            for (var i = 0; i < arr.length; ++i)
              this.putByte(arr[i]);
          }
        }
      else (b instanceof ByteStringBuffer || typeof b == "object" && typeof b.data == "string" && typeof b.read == "number") && (this.data = b.data, this.read = b.read);
      this._constructedStringLength = 0;
    }
    util.ByteStringBuffer = ByteStringBuffer;
    var _MAX_CONSTRUCTED_STRING_LENGTH = 4096;
    util.ByteStringBuffer.prototype._optimizeConstructedString = function(x) {
      this._constructedStringLength += x, this._constructedStringLength > _MAX_CONSTRUCTED_STRING_LENGTH && (this.data.substr(0, 1), this._constructedStringLength = 0);
    };
    util.ByteStringBuffer.prototype.length = function() {
      return this.data.length - this.read;
    };
    util.ByteStringBuffer.prototype.isEmpty = function() {
      return this.length() <= 0;
    };
    util.ByteStringBuffer.prototype.putByte = function(b) {
      return this.putBytes(String.fromCharCode(b));
    };
    util.ByteStringBuffer.prototype.fillWithByte = function(b, n) {
      b = String.fromCharCode(b);
      for (var d = this.data; n > 0; )
        n & 1 && (d += b), n >>>= 1, n > 0 && (b += b);
      return this.data = d, this._optimizeConstructedString(n), this;
    };
    util.ByteStringBuffer.prototype.putBytes = function(bytes) {
      return this.data += bytes, this._optimizeConstructedString(bytes.length), this;
    };
    util.ByteStringBuffer.prototype.putString = function(str) {
      return this.putBytes(util.encodeUtf8(str));
    };
    util.ByteStringBuffer.prototype.putInt16 = function(i) {
      return this.putBytes(
        String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt24 = function(i) {
      return this.putBytes(
        String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt32 = function(i) {
      return this.putBytes(
        String.fromCharCode(i >> 24 & 255) + String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt16Le = function(i) {
      return this.putBytes(
        String.fromCharCode(i & 255) + String.fromCharCode(i >> 8 & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt24Le = function(i) {
      return this.putBytes(
        String.fromCharCode(i & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i >> 16 & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt32Le = function(i) {
      return this.putBytes(
        String.fromCharCode(i & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 24 & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt = function(i, n) {
      _checkBitsParam(n);
      var bytes = "";
      do
        n -= 8, bytes += String.fromCharCode(i >> n & 255);
      while (n > 0);
      return this.putBytes(bytes);
    };
    util.ByteStringBuffer.prototype.putSignedInt = function(i, n) {
      return i < 0 && (i += 2 << n - 1), this.putInt(i, n);
    };
    util.ByteStringBuffer.prototype.putBuffer = function(buffer) {
      return this.putBytes(buffer.getBytes());
    };
    util.ByteStringBuffer.prototype.getByte = function() {
      return this.data.charCodeAt(this.read++);
    };
    util.ByteStringBuffer.prototype.getInt16 = function() {
      var rval = this.data.charCodeAt(this.read) << 8 ^ this.data.charCodeAt(this.read + 1);
      return this.read += 2, rval;
    };
    util.ByteStringBuffer.prototype.getInt24 = function() {
      var rval = this.data.charCodeAt(this.read) << 16 ^ this.data.charCodeAt(this.read + 1) << 8 ^ this.data.charCodeAt(this.read + 2);
      return this.read += 3, rval;
    };
    util.ByteStringBuffer.prototype.getInt32 = function() {
      var rval = this.data.charCodeAt(this.read) << 24 ^ this.data.charCodeAt(this.read + 1) << 16 ^ this.data.charCodeAt(this.read + 2) << 8 ^ this.data.charCodeAt(this.read + 3);
      return this.read += 4, rval;
    };
    util.ByteStringBuffer.prototype.getInt16Le = function() {
      var rval = this.data.charCodeAt(this.read) ^ this.data.charCodeAt(this.read + 1) << 8;
      return this.read += 2, rval;
    };
    util.ByteStringBuffer.prototype.getInt24Le = function() {
      var rval = this.data.charCodeAt(this.read) ^ this.data.charCodeAt(this.read + 1) << 8 ^ this.data.charCodeAt(this.read + 2) << 16;
      return this.read += 3, rval;
    };
    util.ByteStringBuffer.prototype.getInt32Le = function() {
      var rval = this.data.charCodeAt(this.read) ^ this.data.charCodeAt(this.read + 1) << 8 ^ this.data.charCodeAt(this.read + 2) << 16 ^ this.data.charCodeAt(this.read + 3) << 24;
      return this.read += 4, rval;
    };
    util.ByteStringBuffer.prototype.getInt = function(n) {
      _checkBitsParam(n);
      var rval = 0;
      do
        rval = (rval << 8) + this.data.charCodeAt(this.read++), n -= 8;
      while (n > 0);
      return rval;
    };
    util.ByteStringBuffer.prototype.getSignedInt = function(n) {
      var x = this.getInt(n), max = 2 << n - 2;
      return x >= max && (x -= max << 1), x;
    };
    util.ByteStringBuffer.prototype.getBytes = function(count) {
      var rval;
      return count ? (count = Math.min(this.length(), count), rval = this.data.slice(this.read, this.read + count), this.read += count) : count === 0 ? rval = "" : (rval = this.read === 0 ? this.data : this.data.slice(this.read), this.clear()), rval;
    };
    util.ByteStringBuffer.prototype.bytes = function(count) {
      return typeof count > "u" ? this.data.slice(this.read) : this.data.slice(this.read, this.read + count);
    };
    util.ByteStringBuffer.prototype.at = function(i) {
      return this.data.charCodeAt(this.read + i);
    };
    util.ByteStringBuffer.prototype.setAt = function(i, b) {
      return this.data = this.data.substr(0, this.read + i) + String.fromCharCode(b) + this.data.substr(this.read + i + 1), this;
    };
    util.ByteStringBuffer.prototype.last = function() {
      return this.data.charCodeAt(this.data.length - 1);
    };
    util.ByteStringBuffer.prototype.copy = function() {
      var c = util.createBuffer(this.data);
      return c.read = this.read, c;
    };
    util.ByteStringBuffer.prototype.compact = function() {
      return this.read > 0 && (this.data = this.data.slice(this.read), this.read = 0), this;
    };
    util.ByteStringBuffer.prototype.clear = function() {
      return this.data = "", this.read = 0, this;
    };
    util.ByteStringBuffer.prototype.truncate = function(count) {
      var len = Math.max(0, this.length() - count);
      return this.data = this.data.substr(this.read, len), this.read = 0, this;
    };
    util.ByteStringBuffer.prototype.toHex = function() {
      for (var rval = "", i = this.read; i < this.data.length; ++i) {
        var b = this.data.charCodeAt(i);
        b < 16 && (rval += "0"), rval += b.toString(16);
      }
      return rval;
    };
    util.ByteStringBuffer.prototype.toString = function() {
      return util.decodeUtf8(this.bytes());
    };
    function DataBuffer(b, options) {
      options = options || {}, this.read = options.readOffset || 0, this.growSize = options.growSize || 1024;
      var isArrayBuffer = util.isArrayBuffer(b), isArrayBufferView = util.isArrayBufferView(b);
      if (isArrayBuffer || isArrayBufferView) {
        isArrayBuffer ? this.data = new DataView(b) : this.data = new DataView(b.buffer, b.byteOffset, b.byteLength), this.write = "writeOffset" in options ? options.writeOffset : this.data.byteLength;
        return;
      }
      this.data = new DataView(new ArrayBuffer(0)), this.write = 0, b != null && this.putBytes(b), "writeOffset" in options && (this.write = options.writeOffset);
    }
    util.DataBuffer = DataBuffer;
    util.DataBuffer.prototype.length = function() {
      return this.write - this.read;
    };
    util.DataBuffer.prototype.isEmpty = function() {
      return this.length() <= 0;
    };
    util.DataBuffer.prototype.accommodate = function(amount, growSize) {
      if (this.length() >= amount)
        return this;
      growSize = Math.max(growSize || this.growSize, amount);
      var src = new Uint8Array(
        this.data.buffer,
        this.data.byteOffset,
        this.data.byteLength
      ), dst = new Uint8Array(this.length() + growSize);
      return dst.set(src), this.data = new DataView(dst.buffer), this;
    };
    util.DataBuffer.prototype.putByte = function(b) {
      return this.accommodate(1), this.data.setUint8(this.write++, b), this;
    };
    util.DataBuffer.prototype.fillWithByte = function(b, n) {
      this.accommodate(n);
      for (var i = 0; i < n; ++i)
        this.data.setUint8(b);
      return this;
    };
    util.DataBuffer.prototype.putBytes = function(bytes, encoding) {
      if (util.isArrayBufferView(bytes)) {
        var src = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), len = src.byteLength - src.byteOffset;
        this.accommodate(len);
        var dst = new Uint8Array(this.data.buffer, this.write);
        return dst.set(src), this.write += len, this;
      }
      if (util.isArrayBuffer(bytes)) {
        var src = new Uint8Array(bytes);
        this.accommodate(src.byteLength);
        var dst = new Uint8Array(this.data.buffer);
        return dst.set(src, this.write), this.write += src.byteLength, this;
      }
      if (bytes instanceof util.DataBuffer || typeof bytes == "object" && typeof bytes.read == "number" && typeof bytes.write == "number" && util.isArrayBufferView(bytes.data)) {
        var src = new Uint8Array(bytes.data.byteLength, bytes.read, bytes.length());
        this.accommodate(src.byteLength);
        var dst = new Uint8Array(bytes.data.byteLength, this.write);
        return dst.set(src), this.write += src.byteLength, this;
      }
      if (bytes instanceof util.ByteStringBuffer && (bytes = bytes.data, encoding = "binary"), encoding = encoding || "binary", typeof bytes == "string") {
        var view;
        if (encoding === "hex")
          return this.accommodate(Math.ceil(bytes.length / 2)), view = new Uint8Array(this.data.buffer, this.write), this.write += util.binary.hex.decode(bytes, view, this.write), this;
        if (encoding === "base64")
          return this.accommodate(Math.ceil(bytes.length / 4) * 3), view = new Uint8Array(this.data.buffer, this.write), this.write += util.binary.base64.decode(bytes, view, this.write), this;
        if (encoding === "utf8" && (bytes = util.encodeUtf8(bytes), encoding = "binary"), encoding === "binary" || encoding === "raw")
          return this.accommodate(bytes.length), view = new Uint8Array(this.data.buffer, this.write), this.write += util.binary.raw.decode(view), this;
        if (encoding === "utf16")
          return this.accommodate(bytes.length * 2), view = new Uint16Array(this.data.buffer, this.write), this.write += util.text.utf16.encode(view), this;
        throw new Error("Invalid encoding: " + encoding);
      }
      throw Error("Invalid parameter: " + bytes);
    };
    util.DataBuffer.prototype.putBuffer = function(buffer) {
      return this.putBytes(buffer), buffer.clear(), this;
    };
    util.DataBuffer.prototype.putString = function(str) {
      return this.putBytes(str, "utf16");
    };
    util.DataBuffer.prototype.putInt16 = function(i) {
      return this.accommodate(2), this.data.setInt16(this.write, i), this.write += 2, this;
    };
    util.DataBuffer.prototype.putInt24 = function(i) {
      return this.accommodate(3), this.data.setInt16(this.write, i >> 8 & 65535), this.data.setInt8(this.write, i >> 16 & 255), this.write += 3, this;
    };
    util.DataBuffer.prototype.putInt32 = function(i) {
      return this.accommodate(4), this.data.setInt32(this.write, i), this.write += 4, this;
    };
    util.DataBuffer.prototype.putInt16Le = function(i) {
      return this.accommodate(2), this.data.setInt16(this.write, i, !0), this.write += 2, this;
    };
    util.DataBuffer.prototype.putInt24Le = function(i) {
      return this.accommodate(3), this.data.setInt8(this.write, i >> 16 & 255), this.data.setInt16(this.write, i >> 8 & 65535, !0), this.write += 3, this;
    };
    util.DataBuffer.prototype.putInt32Le = function(i) {
      return this.accommodate(4), this.data.setInt32(this.write, i, !0), this.write += 4, this;
    };
    util.DataBuffer.prototype.putInt = function(i, n) {
      _checkBitsParam(n), this.accommodate(n / 8);
      do
        n -= 8, this.data.setInt8(this.write++, i >> n & 255);
      while (n > 0);
      return this;
    };
    util.DataBuffer.prototype.putSignedInt = function(i, n) {
      return _checkBitsParam(n), this.accommodate(n / 8), i < 0 && (i += 2 << n - 1), this.putInt(i, n);
    };
    util.DataBuffer.prototype.getByte = function() {
      return this.data.getInt8(this.read++);
    };
    util.DataBuffer.prototype.getInt16 = function() {
      var rval = this.data.getInt16(this.read);
      return this.read += 2, rval;
    };
    util.DataBuffer.prototype.getInt24 = function() {
      var rval = this.data.getInt16(this.read) << 8 ^ this.data.getInt8(this.read + 2);
      return this.read += 3, rval;
    };
    util.DataBuffer.prototype.getInt32 = function() {
      var rval = this.data.getInt32(this.read);
      return this.read += 4, rval;
    };
    util.DataBuffer.prototype.getInt16Le = function() {
      var rval = this.data.getInt16(this.read, !0);
      return this.read += 2, rval;
    };
    util.DataBuffer.prototype.getInt24Le = function() {
      var rval = this.data.getInt8(this.read) ^ this.data.getInt16(this.read + 1, !0) << 8;
      return this.read += 3, rval;
    };
    util.DataBuffer.prototype.getInt32Le = function() {
      var rval = this.data.getInt32(this.read, !0);
      return this.read += 4, rval;
    };
    util.DataBuffer.prototype.getInt = function(n) {
      _checkBitsParam(n);
      var rval = 0;
      do
        rval = (rval << 8) + this.data.getInt8(this.read++), n -= 8;
      while (n > 0);
      return rval;
    };
    util.DataBuffer.prototype.getSignedInt = function(n) {
      var x = this.getInt(n), max = 2 << n - 2;
      return x >= max && (x -= max << 1), x;
    };
    util.DataBuffer.prototype.getBytes = function(count) {
      var rval;
      return count ? (count = Math.min(this.length(), count), rval = this.data.slice(this.read, this.read + count), this.read += count) : count === 0 ? rval = "" : (rval = this.read === 0 ? this.data : this.data.slice(this.read), this.clear()), rval;
    };
    util.DataBuffer.prototype.bytes = function(count) {
      return typeof count > "u" ? this.data.slice(this.read) : this.data.slice(this.read, this.read + count);
    };
    util.DataBuffer.prototype.at = function(i) {
      return this.data.getUint8(this.read + i);
    };
    util.DataBuffer.prototype.setAt = function(i, b) {
      return this.data.setUint8(i, b), this;
    };
    util.DataBuffer.prototype.last = function() {
      return this.data.getUint8(this.write - 1);
    };
    util.DataBuffer.prototype.copy = function() {
      return new util.DataBuffer(this);
    };
    util.DataBuffer.prototype.compact = function() {
      if (this.read > 0) {
        var src = new Uint8Array(this.data.buffer, this.read), dst = new Uint8Array(src.byteLength);
        dst.set(src), this.data = new DataView(dst), this.write -= this.read, this.read = 0;
      }
      return this;
    };
    util.DataBuffer.prototype.clear = function() {
      return this.data = new DataView(new ArrayBuffer(0)), this.read = this.write = 0, this;
    };
    util.DataBuffer.prototype.truncate = function(count) {
      return this.write = Math.max(0, this.length() - count), this.read = Math.min(this.read, this.write), this;
    };
    util.DataBuffer.prototype.toHex = function() {
      for (var rval = "", i = this.read; i < this.data.byteLength; ++i) {
        var b = this.data.getUint8(i);
        b < 16 && (rval += "0"), rval += b.toString(16);
      }
      return rval;
    };
    util.DataBuffer.prototype.toString = function(encoding) {
      var view = new Uint8Array(this.data, this.read, this.length());
      if (encoding = encoding || "utf8", encoding === "binary" || encoding === "raw")
        return util.binary.raw.encode(view);
      if (encoding === "hex")
        return util.binary.hex.encode(view);
      if (encoding === "base64")
        return util.binary.base64.encode(view);
      if (encoding === "utf8")
        return util.text.utf8.decode(view);
      if (encoding === "utf16")
        return util.text.utf16.decode(view);
      throw new Error("Invalid encoding: " + encoding);
    };
    util.createBuffer = function(input, encoding) {
      return encoding = encoding || "raw", input !== void 0 && encoding === "utf8" && (input = util.encodeUtf8(input)), new util.ByteBuffer(input);
    };
    util.fillString = function(c, n) {
      for (var s = ""; n > 0; )
        n & 1 && (s += c), n >>>= 1, n > 0 && (c += c);
      return s;
    };
    util.xorBytes = function(s1, s2, n) {
      for (var s3 = "", b = "", t = "", i = 0, c = 0; n > 0; --n, ++i)
        b = s1.charCodeAt(i) ^ s2.charCodeAt(i), c >= 10 && (s3 += t, t = "", c = 0), t += String.fromCharCode(b), ++c;
      return s3 += t, s3;
    };
    util.hexToBytes = function(hex) {
      var rval = "", i = 0;
      for (hex.length & !0 && (i = 1, rval += String.fromCharCode(parseInt(hex[0], 16))); i < hex.length; i += 2)
        rval += String.fromCharCode(parseInt(hex.substr(i, 2), 16));
      return rval;
    };
    util.bytesToHex = function(bytes) {
      return util.createBuffer(bytes).toHex();
    };
    util.int32ToBytes = function(i) {
      return String.fromCharCode(i >> 24 & 255) + String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255);
    };
    var _base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", _base64Idx = [
      /*43 -43 = 0*/
      /*'+',  1,  2,  3,'/' */
      62,
      -1,
      -1,
      -1,
      63,
      /*'0','1','2','3','4','5','6','7','8','9' */
      52,
      53,
      54,
      55,
      56,
      57,
      58,
      59,
      60,
      61,
      /*15, 16, 17,'=', 19, 20, 21 */
      -1,
      -1,
      -1,
      64,
      -1,
      -1,
      -1,
      /*65 - 43 = 22*/
      /*'A','B','C','D','E','F','G','H','I','J','K','L','M', */
      0,
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
      /*'N','O','P','Q','R','S','T','U','V','W','X','Y','Z' */
      13,
      14,
      15,
      16,
      17,
      18,
      19,
      20,
      21,
      22,
      23,
      24,
      25,
      /*91 - 43 = 48 */
      /*48, 49, 50, 51, 52, 53 */
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      /*97 - 43 = 54*/
      /*'a','b','c','d','e','f','g','h','i','j','k','l','m' */
      26,
      27,
      28,
      29,
      30,
      31,
      32,
      33,
      34,
      35,
      36,
      37,
      38,
      /*'n','o','p','q','r','s','t','u','v','w','x','y','z' */
      39,
      40,
      41,
      42,
      43,
      44,
      45,
      46,
      47,
      48,
      49,
      50,
      51
    ], _base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    util.encode64 = function(input, maxline) {
      for (var line = "", output = "", chr1, chr2, chr3, i = 0; i < input.length; )
        chr1 = input.charCodeAt(i++), chr2 = input.charCodeAt(i++), chr3 = input.charCodeAt(i++), line += _base64.charAt(chr1 >> 2), line += _base64.charAt((chr1 & 3) << 4 | chr2 >> 4), isNaN(chr2) ? line += "==" : (line += _base64.charAt((chr2 & 15) << 2 | chr3 >> 6), line += isNaN(chr3) ? "=" : _base64.charAt(chr3 & 63)), maxline && line.length > maxline && (output += line.substr(0, maxline) + `\r
`, line = line.substr(maxline));
      return output += line, output;
    };
    util.decode64 = function(input) {
      input = input.replace(/[^A-Za-z0-9\+\/\=]/g, "");
      for (var output = "", enc1, enc2, enc3, enc4, i = 0; i < input.length; )
        enc1 = _base64Idx[input.charCodeAt(i++) - 43], enc2 = _base64Idx[input.charCodeAt(i++) - 43], enc3 = _base64Idx[input.charCodeAt(i++) - 43], enc4 = _base64Idx[input.charCodeAt(i++) - 43], output += String.fromCharCode(enc1 << 2 | enc2 >> 4), enc3 !== 64 && (output += String.fromCharCode((enc2 & 15) << 4 | enc3 >> 2), enc4 !== 64 && (output += String.fromCharCode((enc3 & 3) << 6 | enc4)));
      return output;
    };
    util.encodeUtf8 = function(str) {
      return unescape(encodeURIComponent(str));
    };
    util.decodeUtf8 = function(str) {
      return decodeURIComponent(escape(str));
    };
    util.binary = {
      raw: {},
      hex: {},
      base64: {},
      base58: {},
      baseN: {
        encode: baseN.encode,
        decode: baseN.decode
      }
    };
    util.binary.raw.encode = function(bytes) {
      return String.fromCharCode.apply(null, bytes);
    };
    util.binary.raw.decode = function(str, output, offset) {
      var out = output;
      out || (out = new Uint8Array(str.length)), offset = offset || 0;
      for (var j = offset, i = 0; i < str.length; ++i)
        out[j++] = str.charCodeAt(i);
      return output ? j - offset : out;
    };
    util.binary.hex.encode = util.bytesToHex;
    util.binary.hex.decode = function(hex, output, offset) {
      var out = output;
      out || (out = new Uint8Array(Math.ceil(hex.length / 2))), offset = offset || 0;
      var i = 0, j = offset;
      for (hex.length & 1 && (i = 1, out[j++] = parseInt(hex[0], 16)); i < hex.length; i += 2)
        out[j++] = parseInt(hex.substr(i, 2), 16);
      return output ? j - offset : out;
    };
    util.binary.base64.encode = function(input, maxline) {
      for (var line = "", output = "", chr1, chr2, chr3, i = 0; i < input.byteLength; )
        chr1 = input[i++], chr2 = input[i++], chr3 = input[i++], line += _base64.charAt(chr1 >> 2), line += _base64.charAt((chr1 & 3) << 4 | chr2 >> 4), isNaN(chr2) ? line += "==" : (line += _base64.charAt((chr2 & 15) << 2 | chr3 >> 6), line += isNaN(chr3) ? "=" : _base64.charAt(chr3 & 63)), maxline && line.length > maxline && (output += line.substr(0, maxline) + `\r
`, line = line.substr(maxline));
      return output += line, output;
    };
    util.binary.base64.decode = function(input, output, offset) {
      var out = output;
      out || (out = new Uint8Array(Math.ceil(input.length / 4) * 3)), input = input.replace(/[^A-Za-z0-9\+\/\=]/g, ""), offset = offset || 0;
      for (var enc1, enc2, enc3, enc4, i = 0, j = offset; i < input.length; )
        enc1 = _base64Idx[input.charCodeAt(i++) - 43], enc2 = _base64Idx[input.charCodeAt(i++) - 43], enc3 = _base64Idx[input.charCodeAt(i++) - 43], enc4 = _base64Idx[input.charCodeAt(i++) - 43], out[j++] = enc1 << 2 | enc2 >> 4, enc3 !== 64 && (out[j++] = (enc2 & 15) << 4 | enc3 >> 2, enc4 !== 64 && (out[j++] = (enc3 & 3) << 6 | enc4));
      return output ? j - offset : out.subarray(0, j);
    };
    util.binary.base58.encode = function(input, maxline) {
      return util.binary.baseN.encode(input, _base58, maxline);
    };
    util.binary.base58.decode = function(input, maxline) {
      return util.binary.baseN.decode(input, _base58, maxline);
    };
    util.text = {
      utf8: {},
      utf16: {}
    };
    util.text.utf8.encode = function(str, output, offset) {
      str = util.encodeUtf8(str);
      var out = output;
      out || (out = new Uint8Array(str.length)), offset = offset || 0;
      for (var j = offset, i = 0; i < str.length; ++i)
        out[j++] = str.charCodeAt(i);
      return output ? j - offset : out;
    };
    util.text.utf8.decode = function(bytes) {
      return util.decodeUtf8(String.fromCharCode.apply(null, bytes));
    };
    util.text.utf16.encode = function(str, output, offset) {
      var out = output;
      out || (out = new Uint8Array(str.length * 2));
      var view = new Uint16Array(out.buffer);
      offset = offset || 0;
      for (var j = offset, k = offset, i = 0; i < str.length; ++i)
        view[k++] = str.charCodeAt(i), j += 2;
      return output ? j - offset : out;
    };
    util.text.utf16.decode = function(bytes) {
      return String.fromCharCode.apply(null, new Uint16Array(bytes.buffer));
    };
    util.deflate = function(api, bytes, raw) {
      if (bytes = util.decode64(api.deflate(util.encode64(bytes)).rval), raw) {
        var start = 2, flg = bytes.charCodeAt(1);
        flg & 32 && (start = 6), bytes = bytes.substring(start, bytes.length - 4);
      }
      return bytes;
    };
    util.inflate = function(api, bytes, raw) {
      var rval = api.inflate(util.encode64(bytes)).rval;
      return rval === null ? null : util.decode64(rval);
    };
    var _setStorageObject = function(api, id, obj) {
      if (!api)
        throw new Error("WebStorage not available.");
      var rval;
      if (obj === null ? rval = api.removeItem(id) : (obj = util.encode64(JSON.stringify(obj)), rval = api.setItem(id, obj)), typeof rval < "u" && rval.rval !== !0) {
        var error = new Error(rval.error.message);
        throw error.id = rval.error.id, error.name = rval.error.name, error;
      }
    }, _getStorageObject = function(api, id) {
      if (!api)
        throw new Error("WebStorage not available.");
      var rval = api.getItem(id);
      if (api.init)
        if (rval.rval === null) {
          if (rval.error) {
            var error = new Error(rval.error.message);
            throw error.id = rval.error.id, error.name = rval.error.name, error;
          }
          rval = null;
        } else
          rval = rval.rval;
      return rval !== null && (rval = JSON.parse(util.decode64(rval))), rval;
    }, _setItem = function(api, id, key, data) {
      var obj = _getStorageObject(api, id);
      obj === null && (obj = {}), obj[key] = data, _setStorageObject(api, id, obj);
    }, _getItem = function(api, id, key) {
      var rval = _getStorageObject(api, id);
      return rval !== null && (rval = key in rval ? rval[key] : null), rval;
    }, _removeItem = function(api, id, key) {
      var obj = _getStorageObject(api, id);
      if (obj !== null && key in obj) {
        delete obj[key];
        var empty = !0;
        for (var prop in obj) {
          empty = !1;
          break;
        }
        empty && (obj = null), _setStorageObject(api, id, obj);
      }
    }, _clearItems = function(api, id) {
      _setStorageObject(api, id, null);
    }, _callStorageFunction = function(func, args, location) {
      var rval = null;
      typeof location > "u" && (location = ["web", "flash"]);
      var type, done = !1, exception = null;
      for (var idx in location) {
        type = location[idx];
        try {
          if (type === "flash" || type === "both") {
            if (args[0] === null)
              throw new Error("Flash local storage not available.");
            rval = func.apply(this, args), done = type === "flash";
          }
          (type === "web" || type === "both") && (args[0] = localStorage, rval = func.apply(this, args), done = !0);
        } catch (ex) {
          exception = ex;
        }
        if (done)
          break;
      }
      if (!done)
        throw exception;
      return rval;
    };
    util.setItem = function(api, id, key, data, location) {
      _callStorageFunction(_setItem, arguments, location);
    };
    util.getItem = function(api, id, key, location) {
      return _callStorageFunction(_getItem, arguments, location);
    };
    util.removeItem = function(api, id, key, location) {
      _callStorageFunction(_removeItem, arguments, location);
    };
    util.clearItems = function(api, id, location) {
      _callStorageFunction(_clearItems, arguments, location);
    };
    util.isEmpty = function(obj) {
      for (var prop in obj)
        if (obj.hasOwnProperty(prop))
          return !1;
      return !0;
    };
    util.format = function(format) {
      for (var re = /%./g, match, part, argi = 0, parts = [], last = 0; match = re.exec(format); ) {
        part = format.substring(last, re.lastIndex - 2), part.length > 0 && parts.push(part), last = re.lastIndex;
        var code = match[0][1];
        switch (code) {
          case "s":
          case "o":
            argi < arguments.length ? parts.push(arguments[argi++ + 1]) : parts.push("<?>");
            break;
          // FIXME: do proper formatting for numbers, etc
          //case 'f':
          //case 'd':
          case "%":
            parts.push("%");
            break;
          default:
            parts.push("<%" + code + "?>");
        }
      }
      return parts.push(format.substring(last)), parts.join("");
    };
    util.formatNumber = function(number, decimals, dec_point, thousands_sep) {
      var n = number, c = isNaN(decimals = Math.abs(decimals)) ? 2 : decimals, d = dec_point === void 0 ? "," : dec_point, t = thousands_sep === void 0 ? "." : thousands_sep, s = n < 0 ? "-" : "", i = parseInt(n = Math.abs(+n || 0).toFixed(c), 10) + "", j = i.length > 3 ? i.length % 3 : 0;
      return s + (j ? i.substr(0, j) + t : "") + i.substr(j).replace(/(\d{3})(?=\d)/g, "$1" + t) + (c ? d + Math.abs(n - i).toFixed(c).slice(2) : "");
    };
    util.formatSize = function(size) {
      return size >= 1073741824 ? size = util.formatNumber(size / 1073741824, 2, ".", "") + " GiB" : size >= 1048576 ? size = util.formatNumber(size / 1048576, 2, ".", "") + " MiB" : size >= 1024 ? size = util.formatNumber(size / 1024, 0) + " KiB" : size = util.formatNumber(size, 0) + " bytes", size;
    };
    util.bytesFromIP = function(ip) {
      return ip.indexOf(".") !== -1 ? util.bytesFromIPv4(ip) : ip.indexOf(":") !== -1 ? util.bytesFromIPv6(ip) : null;
    };
    util.bytesFromIPv4 = function(ip) {
      if (ip = ip.split("."), ip.length !== 4)
        return null;
      for (var b = util.createBuffer(), i = 0; i < ip.length; ++i) {
        var num = parseInt(ip[i], 10);
        if (isNaN(num))
          return null;
        b.putByte(num);
      }
      return b.getBytes();
    };
    util.bytesFromIPv6 = function(ip) {
      var blanks = 0;
      ip = ip.split(":").filter(function(e) {
        return e.length === 0 && ++blanks, !0;
      });
      for (var zeros = (8 - ip.length + blanks) * 2, b = util.createBuffer(), i = 0; i < 8; ++i) {
        if (!ip[i] || ip[i].length === 0) {
          b.fillWithByte(0, zeros), zeros = 0;
          continue;
        }
        var bytes = util.hexToBytes(ip[i]);
        bytes.length < 2 && b.putByte(0), b.putBytes(bytes);
      }
      return b.getBytes();
    };
    util.bytesToIP = function(bytes) {
      return bytes.length === 4 ? util.bytesToIPv4(bytes) : bytes.length === 16 ? util.bytesToIPv6(bytes) : null;
    };
    util.bytesToIPv4 = function(bytes) {
      if (bytes.length !== 4)
        return null;
      for (var ip = [], i = 0; i < bytes.length; ++i)
        ip.push(bytes.charCodeAt(i));
      return ip.join(".");
    };
    util.bytesToIPv6 = function(bytes) {
      if (bytes.length !== 16)
        return null;
      for (var ip = [], zeroGroups = [], zeroMaxGroup = 0, i = 0; i < bytes.length; i += 2) {
        for (var hex = util.bytesToHex(bytes[i] + bytes[i + 1]); hex[0] === "0" && hex !== "0"; )
          hex = hex.substr(1);
        if (hex === "0") {
          var last = zeroGroups[zeroGroups.length - 1], idx = ip.length;
          !last || idx !== last.end + 1 ? zeroGroups.push({ start: idx, end: idx }) : (last.end = idx, last.end - last.start > zeroGroups[zeroMaxGroup].end - zeroGroups[zeroMaxGroup].start && (zeroMaxGroup = zeroGroups.length - 1));
        }
        ip.push(hex);
      }
      if (zeroGroups.length > 0) {
        var group = zeroGroups[zeroMaxGroup];
        group.end - group.start > 0 && (ip.splice(group.start, group.end - group.start + 1, ""), group.start === 0 && ip.unshift(""), group.end === 7 && ip.push(""));
      }
      return ip.join(":");
    };
    util.estimateCores = function(options, callback) {
      if (typeof options == "function" && (callback = options, options = {}), options = options || {}, "cores" in util && !options.update)
        return callback(null, util.cores);
      if (typeof navigator < "u" && "hardwareConcurrency" in navigator && navigator.hardwareConcurrency > 0)
        return util.cores = navigator.hardwareConcurrency, callback(null, util.cores);
      if (typeof Worker > "u")
        return util.cores = 1, callback(null, util.cores);
      if (typeof Blob > "u")
        return util.cores = 2, callback(null, util.cores);
      var blobUrl = URL.createObjectURL(new Blob([
        "(",
        function() {
          self.addEventListener("message", function(e) {
            for (var st = Date.now(), et = st + 4; Date.now() < et; ) ;
            self.postMessage({ st, et });
          });
        }.toString(),
        ")()"
      ], { type: "application/javascript" }));
      sample([], 5, 16);
      function sample(max, samples, numWorkers) {
        if (samples === 0) {
          var avg = Math.floor(max.reduce(function(avg2, x) {
            return avg2 + x;
          }, 0) / max.length);
          return util.cores = Math.max(1, avg), URL.revokeObjectURL(blobUrl), callback(null, util.cores);
        }
        map(numWorkers, function(err, results) {
          max.push(reduce(numWorkers, results)), sample(max, samples - 1, numWorkers);
        });
      }
      function map(numWorkers, callback2) {
        for (var workers = [], results = [], i = 0; i < numWorkers; ++i) {
          var worker = new Worker(blobUrl);
          worker.addEventListener("message", function(e) {
            if (results.push(e.data), results.length === numWorkers) {
              for (var i2 = 0; i2 < numWorkers; ++i2)
                workers[i2].terminate();
              callback2(null, results);
            }
          }), workers.push(worker);
        }
        for (var i = 0; i < numWorkers; ++i)
          workers[i].postMessage(i);
      }
      function reduce(numWorkers, results) {
        for (var overlaps = [], n = 0; n < numWorkers; ++n)
          for (var r1 = results[n], overlap = overlaps[n] = [], i = 0; i < numWorkers; ++i)
            if (n !== i) {
              var r2 = results[i];
              (r1.st > r2.st && r1.st < r2.et || r2.st > r1.st && r2.st < r1.et) && overlap.push(i);
            }
        return overlaps.reduce(function(max, overlap2) {
          return Math.max(max, overlap2.length);
        }, 0);
      }
    };
  }
});

// node_modules/node-forge/lib/mgf1.js
var require_mgf1 = __commonJS({
  "node_modules/node-forge/lib/mgf1.js"(exports, module) {
    var forge = require_forge();
    require_util();
    forge.mgf = forge.mgf || {};
    var mgf12 = module.exports = forge.mgf.mgf1 = forge.mgf1 = forge.mgf1 || {};
    mgf12.create = function(md) {
      var mgf = {
        /**
         * Generate mask of specified length.
         *
         * @param {String} seed The seed for mask generation.
         * @param maskLen Number of bytes to generate.
         * @return {String} The generated mask.
         */
        generate: function(seed, maskLen) {
          for (var t = new forge.util.ByteBuffer(), len = Math.ceil(maskLen / md.digestLength), i = 0; i < len; i++) {
            var c = new forge.util.ByteBuffer();
            c.putInt32(i), md.start(), md.update(seed + c.getBytes()), t.putBuffer(md.digest());
          }
          return t.truncate(t.length() - maskLen), t.getBytes();
        }
      };
      return mgf;
    };
  }
});

// node_modules/node-forge/lib/cipher.js
var require_cipher = __commonJS({
  "node_modules/node-forge/lib/cipher.js"(exports, module) {
    var forge = require_forge();
    require_util();
    module.exports = forge.cipher = forge.cipher || {};
    forge.cipher.algorithms = forge.cipher.algorithms || {};
    forge.cipher.createCipher = function(algorithm, key) {
      var api = algorithm;
      if (typeof api == "string" && (api = forge.cipher.getAlgorithm(api), api && (api = api())), !api)
        throw new Error("Unsupported algorithm: " + algorithm);
      return new forge.cipher.BlockCipher({
        algorithm: api,
        key,
        decrypt: !1
      });
    };
    forge.cipher.createDecipher = function(algorithm, key) {
      var api = algorithm;
      if (typeof api == "string" && (api = forge.cipher.getAlgorithm(api), api && (api = api())), !api)
        throw new Error("Unsupported algorithm: " + algorithm);
      return new forge.cipher.BlockCipher({
        algorithm: api,
        key,
        decrypt: !0
      });
    };
    forge.cipher.registerAlgorithm = function(name, algorithm) {
      name = name.toUpperCase(), forge.cipher.algorithms[name] = algorithm;
    };
    forge.cipher.getAlgorithm = function(name) {
      return name = name.toUpperCase(), name in forge.cipher.algorithms ? forge.cipher.algorithms[name] : null;
    };
    var BlockCipher = forge.cipher.BlockCipher = function(options) {
      this.algorithm = options.algorithm, this.mode = this.algorithm.mode, this.blockSize = this.mode.blockSize, this._finish = !1, this._input = null, this.output = null, this._op = options.decrypt ? this.mode.decrypt : this.mode.encrypt, this._decrypt = options.decrypt, this.algorithm.initialize(options);
    };
    BlockCipher.prototype.start = function(options) {
      options = options || {};
      var opts = {};
      for (var key in options)
        opts[key] = options[key];
      opts.decrypt = this._decrypt, this._finish = !1, this._input = forge.util.createBuffer(), this.output = options.output || forge.util.createBuffer(), this.mode.start(opts);
    };
    BlockCipher.prototype.update = function(input) {
      for (input && this._input.putBuffer(input); !this._op.call(this.mode, this._input, this.output, this._finish) && !this._finish; )
        ;
      this._input.compact();
    };
    BlockCipher.prototype.finish = function(pad) {
      pad && (this.mode.name === "ECB" || this.mode.name === "CBC") && (this.mode.pad = function(input) {
        return pad(this.blockSize, input, !1);
      }, this.mode.unpad = function(output) {
        return pad(this.blockSize, output, !0);
      });
      var options = {};
      return options.decrypt = this._decrypt, options.overflow = this._input.length() % this.blockSize, !(!this._decrypt && this.mode.pad && !this.mode.pad(this._input, options) || (this._finish = !0, this.update(), this._decrypt && this.mode.unpad && !this.mode.unpad(this.output, options)) || this.mode.afterFinish && !this.mode.afterFinish(this.output, options));
    };
  }
});

// node_modules/node-forge/lib/cipherModes.js
var require_cipherModes = __commonJS({
  "node_modules/node-forge/lib/cipherModes.js"(exports, module) {
    var forge = require_forge();
    require_util();
    forge.cipher = forge.cipher || {};
    var modes = module.exports = forge.cipher.modes = forge.cipher.modes || {};
    modes.ecb = function(options) {
      options = options || {}, this.name = "ECB", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = new Array(this._ints), this._outBlock = new Array(this._ints);
    };
    modes.ecb.prototype.start = function(options) {
    };
    modes.ecb.prototype.encrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = input.getInt32();
      this.cipher.encrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i]);
    };
    modes.ecb.prototype.decrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = input.getInt32();
      this.cipher.decrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i]);
    };
    modes.ecb.prototype.pad = function(input, options) {
      var padding = input.length() === this.blockSize ? this.blockSize : this.blockSize - input.length();
      return input.fillWithByte(padding, padding), !0;
    };
    modes.ecb.prototype.unpad = function(output, options) {
      if (options.overflow > 0)
        return !1;
      var len = output.length();
      if (len === 0)
        return !0;
      var count = output.at(len - 1);
      if (count === 0 || count > this.blockSize || count > len)
        return !1;
      for (var i = 2; i <= count; ++i)
        if (output.at(len - i) !== count)
          return !1;
      return output.truncate(count), !0;
    };
    modes.cbc = function(options) {
      options = options || {}, this.name = "CBC", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = new Array(this._ints), this._outBlock = new Array(this._ints);
    };
    modes.cbc.prototype.start = function(options) {
      if (options.iv === null) {
        if (!this._prev)
          throw new Error("Invalid IV parameter.");
        this._iv = this._prev.slice(0);
      } else if ("iv" in options)
        this._iv = transformIV(options.iv, this.blockSize), this._prev = this._iv.slice(0);
      else
        throw new Error("Invalid IV parameter.");
    };
    modes.cbc.prototype.encrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = this._prev[i] ^ input.getInt32();
      this.cipher.encrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i]);
      this._prev = this._outBlock;
    };
    modes.cbc.prototype.decrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = input.getInt32();
      this.cipher.decrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._prev[i] ^ this._outBlock[i]);
      this._prev = this._inBlock.slice(0);
    };
    modes.cbc.prototype.pad = function(input, options) {
      var padding = input.length() === this.blockSize ? this.blockSize : this.blockSize - input.length();
      return input.fillWithByte(padding, padding), !0;
    };
    modes.cbc.prototype.unpad = function(output, options) {
      if (options.overflow > 0)
        return !1;
      var len = output.length();
      if (len === 0)
        return !0;
      var count = output.at(len - 1);
      if (count === 0 || count > this.blockSize || count > len)
        return !1;
      for (var i = 2; i <= count; ++i)
        if (output.at(len - i) !== count)
          return !1;
      return output.truncate(count), !0;
    };
    modes.cfb = function(options) {
      options = options || {}, this.name = "CFB", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = null, this._outBlock = new Array(this._ints), this._partialBlock = new Array(this._ints), this._partialOutput = forge.util.createBuffer(), this._partialBytes = 0;
    };
    modes.cfb.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      this._iv = transformIV(options.iv, this.blockSize), this._inBlock = this._iv.slice(0), this._partialBytes = 0;
    };
    modes.cfb.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = input.getInt32() ^ this._outBlock[i], output.putInt32(this._inBlock[i]);
        return;
      }
      var partialBytes = (this.blockSize - inputLength) % this.blockSize;
      partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
      for (var i = 0; i < this._ints; ++i)
        this._partialBlock[i] = input.getInt32() ^ this._outBlock[i], this._partialOutput.putInt32(this._partialBlock[i]);
      if (partialBytes > 0)
        input.read -= this.blockSize;
      else
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = this._partialBlock[i];
      if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
        return output.putBytes(this._partialOutput.getBytes(
          partialBytes - this._partialBytes
        )), this._partialBytes = partialBytes, !0;
      output.putBytes(this._partialOutput.getBytes(
        inputLength - this._partialBytes
      )), this._partialBytes = 0;
    };
    modes.cfb.prototype.decrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = input.getInt32(), output.putInt32(this._inBlock[i] ^ this._outBlock[i]);
        return;
      }
      var partialBytes = (this.blockSize - inputLength) % this.blockSize;
      partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
      for (var i = 0; i < this._ints; ++i)
        this._partialBlock[i] = input.getInt32(), this._partialOutput.putInt32(this._partialBlock[i] ^ this._outBlock[i]);
      if (partialBytes > 0)
        input.read -= this.blockSize;
      else
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = this._partialBlock[i];
      if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
        return output.putBytes(this._partialOutput.getBytes(
          partialBytes - this._partialBytes
        )), this._partialBytes = partialBytes, !0;
      output.putBytes(this._partialOutput.getBytes(
        inputLength - this._partialBytes
      )), this._partialBytes = 0;
    };
    modes.ofb = function(options) {
      options = options || {}, this.name = "OFB", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = null, this._outBlock = new Array(this._ints), this._partialOutput = forge.util.createBuffer(), this._partialBytes = 0;
    };
    modes.ofb.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      this._iv = transformIV(options.iv, this.blockSize), this._inBlock = this._iv.slice(0), this._partialBytes = 0;
    };
    modes.ofb.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (input.length() === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          output.putInt32(input.getInt32() ^ this._outBlock[i]), this._inBlock[i] = this._outBlock[i];
        return;
      }
      var partialBytes = (this.blockSize - inputLength) % this.blockSize;
      partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
      for (var i = 0; i < this._ints; ++i)
        this._partialOutput.putInt32(input.getInt32() ^ this._outBlock[i]);
      if (partialBytes > 0)
        input.read -= this.blockSize;
      else
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = this._outBlock[i];
      if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
        return output.putBytes(this._partialOutput.getBytes(
          partialBytes - this._partialBytes
        )), this._partialBytes = partialBytes, !0;
      output.putBytes(this._partialOutput.getBytes(
        inputLength - this._partialBytes
      )), this._partialBytes = 0;
    };
    modes.ofb.prototype.decrypt = modes.ofb.prototype.encrypt;
    modes.ctr = function(options) {
      options = options || {}, this.name = "CTR", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = null, this._outBlock = new Array(this._ints), this._partialOutput = forge.util.createBuffer(), this._partialBytes = 0;
    };
    modes.ctr.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      this._iv = transformIV(options.iv, this.blockSize), this._inBlock = this._iv.slice(0), this._partialBytes = 0;
    };
    modes.ctr.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize)
        for (var i = 0; i < this._ints; ++i)
          output.putInt32(input.getInt32() ^ this._outBlock[i]);
      else {
        var partialBytes = (this.blockSize - inputLength) % this.blockSize;
        partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
        for (var i = 0; i < this._ints; ++i)
          this._partialOutput.putInt32(input.getInt32() ^ this._outBlock[i]);
        if (partialBytes > 0 && (input.read -= this.blockSize), this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
          return output.putBytes(this._partialOutput.getBytes(
            partialBytes - this._partialBytes
          )), this._partialBytes = partialBytes, !0;
        output.putBytes(this._partialOutput.getBytes(
          inputLength - this._partialBytes
        )), this._partialBytes = 0;
      }
      inc32(this._inBlock);
    };
    modes.ctr.prototype.decrypt = modes.ctr.prototype.encrypt;
    modes.gcm = function(options) {
      options = options || {}, this.name = "GCM", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = new Array(this._ints), this._outBlock = new Array(this._ints), this._partialOutput = forge.util.createBuffer(), this._partialBytes = 0, this._R = 3774873600;
    };
    modes.gcm.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      var iv = forge.util.createBuffer(options.iv);
      this._cipherLength = 0;
      var additionalData;
      if ("additionalData" in options ? additionalData = forge.util.createBuffer(options.additionalData) : additionalData = forge.util.createBuffer(), options.tagLength !== void 0 && options.tagLength !== null ? this._tagLength = Number(options.tagLength) : this._tagLength = 128, [128, 120, 112, 104, 96, 64, 32].indexOf(this._tagLength) === -1)
        throw new Error("Invalid tag length.");
      if (this._tag = null, options.decrypt && (this._tag = forge.util.createBuffer(options.tag).getBytes(), this._tag.length !== this._tagLength / 8))
        throw new Error("Authentication tag does not match tag length.");
      this._hashBlock = new Array(this._ints), this.tag = null, this._hashSubkey = new Array(this._ints), this.cipher.encrypt([0, 0, 0, 0], this._hashSubkey), this.componentBits = 4, this._m = this.generateHashTable(this._hashSubkey, this.componentBits);
      var ivLength = iv.length();
      if (ivLength === 12)
        this._j0 = [iv.getInt32(), iv.getInt32(), iv.getInt32(), 1];
      else {
        for (this._j0 = [0, 0, 0, 0]; iv.length() > 0; )
          this._j0 = this.ghash(
            this._hashSubkey,
            this._j0,
            [iv.getInt32(), iv.getInt32(), iv.getInt32(), iv.getInt32()]
          );
        this._j0 = this.ghash(
          this._hashSubkey,
          this._j0,
          [0, 0].concat(from64To32(ivLength * 8))
        );
      }
      this._inBlock = this._j0.slice(0), inc32(this._inBlock), this._partialBytes = 0, additionalData = forge.util.createBuffer(additionalData), this._aDataLength = from64To32(additionalData.length() * 8);
      var overflow = additionalData.length() % this.blockSize;
      for (overflow && additionalData.fillWithByte(0, this.blockSize - overflow), this._s = [0, 0, 0, 0]; additionalData.length() > 0; )
        this._s = this.ghash(this._hashSubkey, this._s, [
          additionalData.getInt32(),
          additionalData.getInt32(),
          additionalData.getInt32(),
          additionalData.getInt32()
        ]);
    };
    modes.gcm.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          output.putInt32(this._outBlock[i] ^= input.getInt32());
        this._cipherLength += this.blockSize;
      } else {
        var partialBytes = (this.blockSize - inputLength) % this.blockSize;
        partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
        for (var i = 0; i < this._ints; ++i)
          this._partialOutput.putInt32(input.getInt32() ^ this._outBlock[i]);
        if (partialBytes <= 0 || finish) {
          if (finish) {
            var overflow = inputLength % this.blockSize;
            this._cipherLength += overflow, this._partialOutput.truncate(this.blockSize - overflow);
          } else
            this._cipherLength += this.blockSize;
          for (var i = 0; i < this._ints; ++i)
            this._outBlock[i] = this._partialOutput.getInt32();
          this._partialOutput.read -= this.blockSize;
        }
        if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
          return input.read -= this.blockSize, output.putBytes(this._partialOutput.getBytes(
            partialBytes - this._partialBytes
          )), this._partialBytes = partialBytes, !0;
        output.putBytes(this._partialOutput.getBytes(
          inputLength - this._partialBytes
        )), this._partialBytes = 0;
      }
      this._s = this.ghash(this._hashSubkey, this._s, this._outBlock), inc32(this._inBlock);
    };
    modes.gcm.prototype.decrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength < this.blockSize && !(finish && inputLength > 0))
        return !0;
      this.cipher.encrypt(this._inBlock, this._outBlock), inc32(this._inBlock), this._hashBlock[0] = input.getInt32(), this._hashBlock[1] = input.getInt32(), this._hashBlock[2] = input.getInt32(), this._hashBlock[3] = input.getInt32(), this._s = this.ghash(this._hashSubkey, this._s, this._hashBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i] ^ this._hashBlock[i]);
      inputLength < this.blockSize ? this._cipherLength += inputLength % this.blockSize : this._cipherLength += this.blockSize;
    };
    modes.gcm.prototype.afterFinish = function(output, options) {
      var rval = !0;
      options.decrypt && options.overflow && output.truncate(this.blockSize - options.overflow), this.tag = forge.util.createBuffer();
      var lengths = this._aDataLength.concat(from64To32(this._cipherLength * 8));
      this._s = this.ghash(this._hashSubkey, this._s, lengths);
      var tag = [];
      this.cipher.encrypt(this._j0, tag);
      for (var i = 0; i < this._ints; ++i)
        this.tag.putInt32(this._s[i] ^ tag[i]);
      return this.tag.truncate(this.tag.length() % (this._tagLength / 8)), options.decrypt && this.tag.bytes() !== this._tag && (rval = !1), rval;
    };
    modes.gcm.prototype.multiply = function(x, y) {
      for (var z_i = [0, 0, 0, 0], v_i = y.slice(0), i = 0; i < 128; ++i) {
        var x_i = x[i / 32 | 0] & 1 << 31 - i % 32;
        x_i && (z_i[0] ^= v_i[0], z_i[1] ^= v_i[1], z_i[2] ^= v_i[2], z_i[3] ^= v_i[3]), this.pow(v_i, v_i);
      }
      return z_i;
    };
    modes.gcm.prototype.pow = function(x, out) {
      for (var lsb = x[3] & 1, i = 3; i > 0; --i)
        out[i] = x[i] >>> 1 | (x[i - 1] & 1) << 31;
      out[0] = x[0] >>> 1, lsb && (out[0] ^= this._R);
    };
    modes.gcm.prototype.tableMultiply = function(x) {
      for (var z = [0, 0, 0, 0], i = 0; i < 32; ++i) {
        var idx = i / 8 | 0, x_i = x[idx] >>> (7 - i % 8) * 4 & 15, ah = this._m[i][x_i];
        z[0] ^= ah[0], z[1] ^= ah[1], z[2] ^= ah[2], z[3] ^= ah[3];
      }
      return z;
    };
    modes.gcm.prototype.ghash = function(h, y, x) {
      return y[0] ^= x[0], y[1] ^= x[1], y[2] ^= x[2], y[3] ^= x[3], this.tableMultiply(y);
    };
    modes.gcm.prototype.generateHashTable = function(h, bits) {
      for (var multiplier = 8 / bits, perInt = 4 * multiplier, size = 16 * multiplier, m = new Array(size), i = 0; i < size; ++i) {
        var tmp = [0, 0, 0, 0], idx = i / perInt | 0, shft = (perInt - 1 - i % perInt) * bits;
        tmp[idx] = 1 << bits - 1 << shft, m[i] = this.generateSubHashTable(this.multiply(tmp, h), bits);
      }
      return m;
    };
    modes.gcm.prototype.generateSubHashTable = function(mid, bits) {
      var size = 1 << bits, half = size >>> 1, m = new Array(size);
      m[half] = mid.slice(0);
      for (var i = half >>> 1; i > 0; )
        this.pow(m[2 * i], m[i] = []), i >>= 1;
      for (i = 2; i < half; ) {
        for (var j = 1; j < i; ++j) {
          var m_i = m[i], m_j = m[j];
          m[i + j] = [
            m_i[0] ^ m_j[0],
            m_i[1] ^ m_j[1],
            m_i[2] ^ m_j[2],
            m_i[3] ^ m_j[3]
          ];
        }
        i *= 2;
      }
      for (m[0] = [0, 0, 0, 0], i = half + 1; i < size; ++i) {
        var c = m[i ^ half];
        m[i] = [mid[0] ^ c[0], mid[1] ^ c[1], mid[2] ^ c[2], mid[3] ^ c[3]];
      }
      return m;
    };
    function transformIV(iv, blockSize) {
      if (typeof iv == "string" && (iv = forge.util.createBuffer(iv)), forge.util.isArray(iv) && iv.length > 4) {
        var tmp = iv;
        iv = forge.util.createBuffer();
        for (var i = 0; i < tmp.length; ++i)
          iv.putByte(tmp[i]);
      }
      if (iv.length() < blockSize)
        throw new Error(
          "Invalid IV length; got " + iv.length() + " bytes and expected " + blockSize + " bytes."
        );
      if (!forge.util.isArray(iv)) {
        for (var ints = [], blocks = blockSize / 4, i = 0; i < blocks; ++i)
          ints.push(iv.getInt32());
        iv = ints;
      }
      return iv;
    }
    function inc32(block) {
      block[block.length - 1] = block[block.length - 1] + 1 & 4294967295;
    }
    function from64To32(num) {
      return [num / 4294967296 | 0, num & 4294967295];
    }
  }
});

// node_modules/node-forge/lib/aes.js
var require_aes = __commonJS({
  "node_modules/node-forge/lib/aes.js"(exports, module) {
    var forge = require_forge();
    require_cipher();
    require_cipherModes();
    require_util();
    module.exports = forge.aes = forge.aes || {};
    forge.aes.startEncrypting = function(key, iv, output, mode) {
      var cipher = _createCipher({
        key,
        output,
        decrypt: !1,
        mode
      });
      return cipher.start(iv), cipher;
    };
    forge.aes.createEncryptionCipher = function(key, mode) {
      return _createCipher({
        key,
        output: null,
        decrypt: !1,
        mode
      });
    };
    forge.aes.startDecrypting = function(key, iv, output, mode) {
      var cipher = _createCipher({
        key,
        output,
        decrypt: !0,
        mode
      });
      return cipher.start(iv), cipher;
    };
    forge.aes.createDecryptionCipher = function(key, mode) {
      return _createCipher({
        key,
        output: null,
        decrypt: !0,
        mode
      });
    };
    forge.aes.Algorithm = function(name, mode) {
      init || initialize();
      var self2 = this;
      self2.name = name, self2.mode = new mode({
        blockSize: 16,
        cipher: {
          encrypt: function(inBlock, outBlock) {
            return _updateBlock(self2._w, inBlock, outBlock, !1);
          },
          decrypt: function(inBlock, outBlock) {
            return _updateBlock(self2._w, inBlock, outBlock, !0);
          }
        }
      }), self2._init = !1;
    };
    forge.aes.Algorithm.prototype.initialize = function(options) {
      if (!this._init) {
        var key = options.key, tmp;
        if (typeof key == "string" && (key.length === 16 || key.length === 24 || key.length === 32))
          key = forge.util.createBuffer(key);
        else if (forge.util.isArray(key) && (key.length === 16 || key.length === 24 || key.length === 32)) {
          tmp = key, key = forge.util.createBuffer();
          for (var i = 0; i < tmp.length; ++i)
            key.putByte(tmp[i]);
        }
        if (!forge.util.isArray(key)) {
          tmp = key, key = [];
          var len = tmp.length();
          if (len === 16 || len === 24 || len === 32) {
            len = len >>> 2;
            for (var i = 0; i < len; ++i)
              key.push(tmp.getInt32());
          }
        }
        if (!forge.util.isArray(key) || !(key.length === 4 || key.length === 6 || key.length === 8))
          throw new Error("Invalid key parameter.");
        var mode = this.mode.name, encryptOp = ["CFB", "OFB", "CTR", "GCM"].indexOf(mode) !== -1;
        this._w = _expandKey(key, options.decrypt && !encryptOp), this._init = !0;
      }
    };
    forge.aes._expandKey = function(key, decrypt) {
      return init || initialize(), _expandKey(key, decrypt);
    };
    forge.aes._updateBlock = _updateBlock;
    registerAlgorithm("AES-ECB", forge.cipher.modes.ecb);
    registerAlgorithm("AES-CBC", forge.cipher.modes.cbc);
    registerAlgorithm("AES-CFB", forge.cipher.modes.cfb);
    registerAlgorithm("AES-OFB", forge.cipher.modes.ofb);
    registerAlgorithm("AES-CTR", forge.cipher.modes.ctr);
    registerAlgorithm("AES-GCM", forge.cipher.modes.gcm);
    function registerAlgorithm(name, mode) {
      var factory = function() {
        return new forge.aes.Algorithm(name, mode);
      };
      forge.cipher.registerAlgorithm(name, factory);
    }
    var init = !1, Nb = 4, sbox, isbox, rcon, mix, imix;
    function initialize() {
      init = !0, rcon = [0, 1, 2, 4, 8, 16, 32, 64, 128, 27, 54];
      for (var xtime = new Array(256), i = 0; i < 128; ++i)
        xtime[i] = i << 1, xtime[i + 128] = i + 128 << 1 ^ 283;
      sbox = new Array(256), isbox = new Array(256), mix = new Array(4), imix = new Array(4);
      for (var i = 0; i < 4; ++i)
        mix[i] = new Array(256), imix[i] = new Array(256);
      for (var e = 0, ei = 0, e2, e4, e8, sx, sx2, me, ime, i = 0; i < 256; ++i) {
        sx = ei ^ ei << 1 ^ ei << 2 ^ ei << 3 ^ ei << 4, sx = sx >> 8 ^ sx & 255 ^ 99, sbox[e] = sx, isbox[sx] = e, sx2 = xtime[sx], e2 = xtime[e], e4 = xtime[e2], e8 = xtime[e4], me = sx2 << 24 ^ // 2
        sx << 16 ^ // 1
        sx << 8 ^ // 1
        (sx ^ sx2), ime = (e2 ^ e4 ^ e8) << 24 ^ // E (14)
        (e ^ e8) << 16 ^ // 9
        (e ^ e4 ^ e8) << 8 ^ // D (13)
        (e ^ e2 ^ e8);
        for (var n = 0; n < 4; ++n)
          mix[n][e] = me, imix[n][sx] = ime, me = me << 24 | me >>> 8, ime = ime << 24 | ime >>> 8;
        e === 0 ? e = ei = 1 : (e = e2 ^ xtime[xtime[xtime[e2 ^ e8]]], ei ^= xtime[xtime[ei]]);
      }
    }
    function _expandKey(key, decrypt) {
      for (var w = key.slice(0), temp, iNk = 1, Nk = w.length, Nr1 = Nk + 6 + 1, end = Nb * Nr1, i = Nk; i < end; ++i)
        temp = w[i - 1], i % Nk === 0 ? (temp = sbox[temp >>> 16 & 255] << 24 ^ sbox[temp >>> 8 & 255] << 16 ^ sbox[temp & 255] << 8 ^ sbox[temp >>> 24] ^ rcon[iNk] << 24, iNk++) : Nk > 6 && i % Nk === 4 && (temp = sbox[temp >>> 24] << 24 ^ sbox[temp >>> 16 & 255] << 16 ^ sbox[temp >>> 8 & 255] << 8 ^ sbox[temp & 255]), w[i] = w[i - Nk] ^ temp;
      if (decrypt) {
        var tmp, m0 = imix[0], m1 = imix[1], m2 = imix[2], m3 = imix[3], wnew = w.slice(0);
        end = w.length;
        for (var i = 0, wi = end - Nb; i < end; i += Nb, wi -= Nb)
          if (i === 0 || i === end - Nb)
            wnew[i] = w[wi], wnew[i + 1] = w[wi + 3], wnew[i + 2] = w[wi + 2], wnew[i + 3] = w[wi + 1];
          else
            for (var n = 0; n < Nb; ++n)
              tmp = w[wi + n], wnew[i + (3 & -n)] = m0[sbox[tmp >>> 24]] ^ m1[sbox[tmp >>> 16 & 255]] ^ m2[sbox[tmp >>> 8 & 255]] ^ m3[sbox[tmp & 255]];
        w = wnew;
      }
      return w;
    }
    function _updateBlock(w, input, output, decrypt) {
      var Nr = w.length / 4 - 1, m0, m1, m2, m3, sub;
      decrypt ? (m0 = imix[0], m1 = imix[1], m2 = imix[2], m3 = imix[3], sub = isbox) : (m0 = mix[0], m1 = mix[1], m2 = mix[2], m3 = mix[3], sub = sbox);
      var a, b, c, d, a2, b2, c2;
      a = input[0] ^ w[0], b = input[decrypt ? 3 : 1] ^ w[1], c = input[2] ^ w[2], d = input[decrypt ? 1 : 3] ^ w[3];
      for (var i = 3, round = 1; round < Nr; ++round)
        a2 = m0[a >>> 24] ^ m1[b >>> 16 & 255] ^ m2[c >>> 8 & 255] ^ m3[d & 255] ^ w[++i], b2 = m0[b >>> 24] ^ m1[c >>> 16 & 255] ^ m2[d >>> 8 & 255] ^ m3[a & 255] ^ w[++i], c2 = m0[c >>> 24] ^ m1[d >>> 16 & 255] ^ m2[a >>> 8 & 255] ^ m3[b & 255] ^ w[++i], d = m0[d >>> 24] ^ m1[a >>> 16 & 255] ^ m2[b >>> 8 & 255] ^ m3[c & 255] ^ w[++i], a = a2, b = b2, c = c2;
      output[0] = sub[a >>> 24] << 24 ^ sub[b >>> 16 & 255] << 16 ^ sub[c >>> 8 & 255] << 8 ^ sub[d & 255] ^ w[++i], output[decrypt ? 3 : 1] = sub[b >>> 24] << 24 ^ sub[c >>> 16 & 255] << 16 ^ sub[d >>> 8 & 255] << 8 ^ sub[a & 255] ^ w[++i], output[2] = sub[c >>> 24] << 24 ^ sub[d >>> 16 & 255] << 16 ^ sub[a >>> 8 & 255] << 8 ^ sub[b & 255] ^ w[++i], output[decrypt ? 1 : 3] = sub[d >>> 24] << 24 ^ sub[a >>> 16 & 255] << 16 ^ sub[b >>> 8 & 255] << 8 ^ sub[c & 255] ^ w[++i];
    }
    function _createCipher(options) {
      options = options || {};
      var mode = (options.mode || "CBC").toUpperCase(), algorithm = "AES-" + mode, cipher;
      options.decrypt ? cipher = forge.cipher.createDecipher(algorithm, options.key) : cipher = forge.cipher.createCipher(algorithm, options.key);
      var start = cipher.start;
      return cipher.start = function(iv, options2) {
        var output = null;
        options2 instanceof forge.util.ByteBuffer && (output = options2, options2 = {}), options2 = options2 || {}, options2.output = output, options2.iv = iv, start.call(cipher, options2);
      }, cipher;
    }
  }
});

// node_modules/node-forge/lib/md.js
var require_md = __commonJS({
  "node_modules/node-forge/lib/md.js"(exports, module) {
    var forge = require_forge();
    module.exports = forge.md = forge.md || {};
    forge.md.algorithms = forge.md.algorithms || {};
  }
});

// node_modules/node-forge/lib/sha256.js
var require_sha256 = __commonJS({
  "node_modules/node-forge/lib/sha256.js"(exports, module) {
    var forge = require_forge();
    require_md();
    require_util();
    var sha2564 = module.exports = forge.sha256 = forge.sha256 || {};
    forge.md.sha256 = forge.md.algorithms.sha256 = sha2564;
    sha2564.create = function() {
      _initialized || _init();
      var _state = null, _input = forge.util.createBuffer(), _w = new Array(64), md = {
        algorithm: "sha256",
        blockLength: 64,
        digestLength: 32,
        // 56-bit length of message so far (does not including padding)
        messageLength: 0,
        // true message length
        fullMessageLength: null,
        // size of message length in bytes
        messageLengthSize: 8
      };
      return md.start = function() {
        md.messageLength = 0, md.fullMessageLength = md.messageLength64 = [];
        for (var int32s = md.messageLengthSize / 4, i = 0; i < int32s; ++i)
          md.fullMessageLength.push(0);
        return _input = forge.util.createBuffer(), _state = {
          h0: 1779033703,
          h1: 3144134277,
          h2: 1013904242,
          h3: 2773480762,
          h4: 1359893119,
          h5: 2600822924,
          h6: 528734635,
          h7: 1541459225
        }, md;
      }, md.start(), md.update = function(msg, encoding) {
        encoding === "utf8" && (msg = forge.util.encodeUtf8(msg));
        var len = msg.length;
        md.messageLength += len, len = [len / 4294967296 >>> 0, len >>> 0];
        for (var i = md.fullMessageLength.length - 1; i >= 0; --i)
          md.fullMessageLength[i] += len[1], len[1] = len[0] + (md.fullMessageLength[i] / 4294967296 >>> 0), md.fullMessageLength[i] = md.fullMessageLength[i] >>> 0, len[0] = len[1] / 4294967296 >>> 0;
        return _input.putBytes(msg), _update(_state, _w, _input), (_input.read > 2048 || _input.length() === 0) && _input.compact(), md;
      }, md.digest = function() {
        var finalBlock = forge.util.createBuffer();
        finalBlock.putBytes(_input.bytes());
        var remaining = md.fullMessageLength[md.fullMessageLength.length - 1] + md.messageLengthSize, overflow = remaining & md.blockLength - 1;
        finalBlock.putBytes(_padding.substr(0, md.blockLength - overflow));
        for (var next, carry, bits = md.fullMessageLength[0] * 8, i = 0; i < md.fullMessageLength.length - 1; ++i)
          next = md.fullMessageLength[i + 1] * 8, carry = next / 4294967296 >>> 0, bits += carry, finalBlock.putInt32(bits >>> 0), bits = next >>> 0;
        finalBlock.putInt32(bits);
        var s2 = {
          h0: _state.h0,
          h1: _state.h1,
          h2: _state.h2,
          h3: _state.h3,
          h4: _state.h4,
          h5: _state.h5,
          h6: _state.h6,
          h7: _state.h7
        };
        _update(s2, _w, finalBlock);
        var rval = forge.util.createBuffer();
        return rval.putInt32(s2.h0), rval.putInt32(s2.h1), rval.putInt32(s2.h2), rval.putInt32(s2.h3), rval.putInt32(s2.h4), rval.putInt32(s2.h5), rval.putInt32(s2.h6), rval.putInt32(s2.h7), rval;
      }, md;
    };
    var _padding = null, _initialized = !1, _k = null;
    function _init() {
      _padding = "\x80", _padding += forge.util.fillString("\0", 64), _k = [
        1116352408,
        1899447441,
        3049323471,
        3921009573,
        961987163,
        1508970993,
        2453635748,
        2870763221,
        3624381080,
        310598401,
        607225278,
        1426881987,
        1925078388,
        2162078206,
        2614888103,
        3248222580,
        3835390401,
        4022224774,
        264347078,
        604807628,
        770255983,
        1249150122,
        1555081692,
        1996064986,
        2554220882,
        2821834349,
        2952996808,
        3210313671,
        3336571891,
        3584528711,
        113926993,
        338241895,
        666307205,
        773529912,
        1294757372,
        1396182291,
        1695183700,
        1986661051,
        2177026350,
        2456956037,
        2730485921,
        2820302411,
        3259730800,
        3345764771,
        3516065817,
        3600352804,
        4094571909,
        275423344,
        430227734,
        506948616,
        659060556,
        883997877,
        958139571,
        1322822218,
        1537002063,
        1747873779,
        1955562222,
        2024104815,
        2227730452,
        2361852424,
        2428436474,
        2756734187,
        3204031479,
        3329325298
      ], _initialized = !0;
    }
    function _update(s, w, bytes) {
      for (var t1, t2, s0, s1, ch, maj, i, a, b, c, d, e, f, g, h, len = bytes.length(); len >= 64; ) {
        for (i = 0; i < 16; ++i)
          w[i] = bytes.getInt32();
        for (; i < 64; ++i)
          t1 = w[i - 2], t1 = (t1 >>> 17 | t1 << 15) ^ (t1 >>> 19 | t1 << 13) ^ t1 >>> 10, t2 = w[i - 15], t2 = (t2 >>> 7 | t2 << 25) ^ (t2 >>> 18 | t2 << 14) ^ t2 >>> 3, w[i] = t1 + w[i - 7] + t2 + w[i - 16] | 0;
        for (a = s.h0, b = s.h1, c = s.h2, d = s.h3, e = s.h4, f = s.h5, g = s.h6, h = s.h7, i = 0; i < 64; ++i)
          s1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7), ch = g ^ e & (f ^ g), s0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10), maj = a & b | c & (a ^ b), t1 = h + s1 + ch + _k[i] + w[i], t2 = s0 + maj, h = g, g = f, f = e, e = d + t1 >>> 0, d = c, c = b, b = a, a = t1 + t2 >>> 0;
        s.h0 = s.h0 + a | 0, s.h1 = s.h1 + b | 0, s.h2 = s.h2 + c | 0, s.h3 = s.h3 + d | 0, s.h4 = s.h4 + e | 0, s.h5 = s.h5 + f | 0, s.h6 = s.h6 + g | 0, s.h7 = s.h7 + h | 0, len -= 64;
      }
    }
  }
});

// node_modules/node-forge/lib/prng.js
var require_prng = __commonJS({
  "node_modules/node-forge/lib/prng.js"(exports, module) {
    var forge = require_forge();
    require_util();
    var _crypto = null;
    forge.util.isNodejs && !forge.options.usePureJavaScript && !process.versions["node-webkit"] && (_crypto = __require("crypto"));
    var prng = module.exports = forge.prng = forge.prng || {};
    prng.create = function(plugin) {
      for (var ctx = {
        plugin,
        key: null,
        seed: null,
        time: null,
        // number of reseeds so far
        reseeds: 0,
        // amount of data generated so far
        generated: 0,
        // no initial key bytes
        keyBytes: ""
      }, md = plugin.md, pools = new Array(32), i = 0; i < 32; ++i)
        pools[i] = md.create();
      ctx.pools = pools, ctx.pool = 0, ctx.generate = function(count, callback) {
        if (!callback)
          return ctx.generateSync(count);
        var cipher = ctx.plugin.cipher, increment = ctx.plugin.increment, formatKey = ctx.plugin.formatKey, formatSeed = ctx.plugin.formatSeed, b = forge.util.createBuffer();
        ctx.key = null, generate();
        function generate(err) {
          if (err)
            return callback(err);
          if (b.length() >= count)
            return callback(null, b.getBytes(count));
          if (ctx.generated > 1048575 && (ctx.key = null), ctx.key === null)
            return forge.util.nextTick(function() {
              _reseed(generate);
            });
          var bytes = cipher(ctx.key, ctx.seed);
          ctx.generated += bytes.length, b.putBytes(bytes), ctx.key = formatKey(cipher(ctx.key, increment(ctx.seed))), ctx.seed = formatSeed(cipher(ctx.key, ctx.seed)), forge.util.setImmediate(generate);
        }
      }, ctx.generateSync = function(count) {
        var cipher = ctx.plugin.cipher, increment = ctx.plugin.increment, formatKey = ctx.plugin.formatKey, formatSeed = ctx.plugin.formatSeed;
        ctx.key = null;
        for (var b = forge.util.createBuffer(); b.length() < count; ) {
          ctx.generated > 1048575 && (ctx.key = null), ctx.key === null && _reseedSync();
          var bytes = cipher(ctx.key, ctx.seed);
          ctx.generated += bytes.length, b.putBytes(bytes), ctx.key = formatKey(cipher(ctx.key, increment(ctx.seed))), ctx.seed = formatSeed(cipher(ctx.key, ctx.seed));
        }
        return b.getBytes(count);
      };
      function _reseed(callback) {
        if (ctx.pools[0].messageLength >= 32)
          return _seed(), callback();
        var needed = 32 - ctx.pools[0].messageLength << 5;
        ctx.seedFile(needed, function(err, bytes) {
          if (err)
            return callback(err);
          ctx.collect(bytes), _seed(), callback();
        });
      }
      function _reseedSync() {
        if (ctx.pools[0].messageLength >= 32)
          return _seed();
        var needed = 32 - ctx.pools[0].messageLength << 5;
        ctx.collect(ctx.seedFileSync(needed)), _seed();
      }
      function _seed() {
        ctx.reseeds = ctx.reseeds === 4294967295 ? 0 : ctx.reseeds + 1;
        var md2 = ctx.plugin.md.create();
        md2.update(ctx.keyBytes);
        for (var _2powK = 1, k = 0; k < 32; ++k)
          ctx.reseeds % _2powK === 0 && (md2.update(ctx.pools[k].digest().getBytes()), ctx.pools[k].start()), _2powK = _2powK << 1;
        ctx.keyBytes = md2.digest().getBytes(), md2.start(), md2.update(ctx.keyBytes);
        var seedBytes = md2.digest().getBytes();
        ctx.key = ctx.plugin.formatKey(ctx.keyBytes), ctx.seed = ctx.plugin.formatSeed(seedBytes), ctx.generated = 0;
      }
      function defaultSeedFile(needed) {
        var getRandomValues = null, globalScope = forge.util.globalScope, _crypto2 = globalScope.crypto || globalScope.msCrypto;
        _crypto2 && _crypto2.getRandomValues && (getRandomValues = function(arr) {
          return _crypto2.getRandomValues(arr);
        });
        var b = forge.util.createBuffer();
        if (getRandomValues)
          for (; b.length() < needed; ) {
            var count = Math.max(1, Math.min(needed - b.length(), 65536) / 4), entropy = new Uint32Array(Math.floor(count));
            try {
              getRandomValues(entropy);
              for (var i2 = 0; i2 < entropy.length; ++i2)
                b.putInt32(entropy[i2]);
            } catch (e) {
              if (!(typeof QuotaExceededError < "u" && e instanceof QuotaExceededError))
                throw e;
            }
          }
        if (b.length() < needed)
          for (var hi, lo, next, seed = Math.floor(Math.random() * 65536); b.length() < needed; ) {
            lo = 16807 * (seed & 65535), hi = 16807 * (seed >> 16), lo += (hi & 32767) << 16, lo += hi >> 15, lo = (lo & 2147483647) + (lo >> 31), seed = lo & 4294967295;
            for (var i2 = 0; i2 < 3; ++i2)
              next = seed >>> (i2 << 3), next ^= Math.floor(Math.random() * 256), b.putByte(next & 255);
          }
        return b.getBytes(needed);
      }
      return _crypto ? (ctx.seedFile = function(needed, callback) {
        _crypto.randomBytes(needed, function(err, bytes) {
          if (err)
            return callback(err);
          callback(null, bytes.toString());
        });
      }, ctx.seedFileSync = function(needed) {
        return _crypto.randomBytes(needed).toString();
      }) : (ctx.seedFile = function(needed, callback) {
        try {
          callback(null, defaultSeedFile(needed));
        } catch (e) {
          callback(e);
        }
      }, ctx.seedFileSync = defaultSeedFile), ctx.collect = function(bytes) {
        for (var count = bytes.length, i2 = 0; i2 < count; ++i2)
          ctx.pools[ctx.pool].update(bytes.substr(i2, 1)), ctx.pool = ctx.pool === 31 ? 0 : ctx.pool + 1;
      }, ctx.collectInt = function(i2, n) {
        for (var bytes = "", x = 0; x < n; x += 8)
          bytes += String.fromCharCode(i2 >> x & 255);
        ctx.collect(bytes);
      }, ctx.registerWorker = function(worker) {
        if (worker === self)
          ctx.seedFile = function(needed, callback) {
            function listener2(e) {
              var data = e.data;
              data.forge && data.forge.prng && (self.removeEventListener("message", listener2), callback(data.forge.prng.err, data.forge.prng.bytes));
            }
            self.addEventListener("message", listener2), self.postMessage({ forge: { prng: { needed } } });
          };
        else {
          var listener = function(e) {
            var data = e.data;
            data.forge && data.forge.prng && ctx.seedFile(data.forge.prng.needed, function(err, bytes) {
              worker.postMessage({ forge: { prng: { err, bytes } } });
            });
          };
          worker.addEventListener("message", listener);
        }
      }, ctx;
    };
  }
});

// node_modules/node-forge/lib/random.js
var require_random = __commonJS({
  "node_modules/node-forge/lib/random.js"(exports, module) {
    var forge = require_forge();
    require_aes();
    require_sha256();
    require_prng();
    require_util();
    (function() {
      if (forge.random && forge.random.getBytes) {
        module.exports = forge.random;
        return;
      }
      (function(jQuery2) {
        var prng_aes = {}, _prng_aes_output = new Array(4), _prng_aes_buffer = forge.util.createBuffer();
        prng_aes.formatKey = function(key2) {
          var tmp = forge.util.createBuffer(key2);
          return key2 = new Array(4), key2[0] = tmp.getInt32(), key2[1] = tmp.getInt32(), key2[2] = tmp.getInt32(), key2[3] = tmp.getInt32(), forge.aes._expandKey(key2, !1);
        }, prng_aes.formatSeed = function(seed) {
          var tmp = forge.util.createBuffer(seed);
          return seed = new Array(4), seed[0] = tmp.getInt32(), seed[1] = tmp.getInt32(), seed[2] = tmp.getInt32(), seed[3] = tmp.getInt32(), seed;
        }, prng_aes.cipher = function(key2, seed) {
          return forge.aes._updateBlock(key2, seed, _prng_aes_output, !1), _prng_aes_buffer.putInt32(_prng_aes_output[0]), _prng_aes_buffer.putInt32(_prng_aes_output[1]), _prng_aes_buffer.putInt32(_prng_aes_output[2]), _prng_aes_buffer.putInt32(_prng_aes_output[3]), _prng_aes_buffer.getBytes();
        }, prng_aes.increment = function(seed) {
          return ++seed[3], seed;
        }, prng_aes.md = forge.md.sha256;
        function spawnPrng() {
          var ctx = forge.prng.create(prng_aes);
          return ctx.getBytes = function(count, callback) {
            return ctx.generate(count, callback);
          }, ctx.getBytesSync = function(count) {
            return ctx.generate(count);
          }, ctx;
        }
        var _ctx = spawnPrng(), getRandomValues = null, globalScope = forge.util.globalScope, _crypto = globalScope.crypto || globalScope.msCrypto;
        if (_crypto && _crypto.getRandomValues && (getRandomValues = function(arr) {
          return _crypto.getRandomValues(arr);
        }), forge.options.usePureJavaScript || !forge.util.isNodejs && !getRandomValues) {
          if (typeof window > "u" || window.document, _ctx.collectInt(+/* @__PURE__ */ new Date(), 32), typeof navigator < "u") {
            var _navBytes = "";
            for (var key in navigator)
              try {
                typeof navigator[key] == "string" && (_navBytes += navigator[key]);
              } catch {
              }
            _ctx.collect(_navBytes), _navBytes = null;
          }
          jQuery2 && (jQuery2().mousemove(function(e) {
            _ctx.collectInt(e.clientX, 16), _ctx.collectInt(e.clientY, 16);
          }), jQuery2().keypress(function(e) {
            _ctx.collectInt(e.charCode, 8);
          }));
        }
        if (!forge.random)
          forge.random = _ctx;
        else
          for (var key in _ctx)
            forge.random[key] = _ctx[key];
        forge.random.createInstance = spawnPrng, module.exports = forge.random;
      })(typeof jQuery < "u" ? jQuery : null);
    })();
  }
});

// node_modules/node-forge/lib/pss.js
var require_pss = __commonJS({
  "node_modules/node-forge/lib/pss.js"(exports, module) {
    var forge = require_forge();
    require_random();
    require_util();
    var pss2 = module.exports = forge.pss = forge.pss || {};
    pss2.create = function(options) {
      arguments.length === 3 && (options = {
        md: arguments[0],
        mgf: arguments[1],
        saltLength: arguments[2]
      });
      var hash = options.md, mgf = options.mgf, hLen = hash.digestLength, salt_ = options.salt || null;
      typeof salt_ == "string" && (salt_ = forge.util.createBuffer(salt_));
      var sLen;
      if ("saltLength" in options)
        sLen = options.saltLength;
      else if (salt_ !== null)
        sLen = salt_.length();
      else
        throw new Error("Salt length not specified or specific salt not given.");
      if (salt_ !== null && salt_.length() !== sLen)
        throw new Error("Given salt length does not match length of given salt.");
      var prng = options.prng || forge.random, pssobj = {};
      return pssobj.encode = function(md, modBits) {
        var i, emBits = modBits - 1, emLen = Math.ceil(emBits / 8), mHash = md.digest().getBytes();
        if (emLen < hLen + sLen + 2)
          throw new Error("Message is too long to encrypt.");
        var salt;
        salt_ === null ? salt = prng.getBytesSync(sLen) : salt = salt_.bytes();
        var m_ = new forge.util.ByteBuffer();
        m_.fillWithByte(0, 8), m_.putBytes(mHash), m_.putBytes(salt), hash.start(), hash.update(m_.getBytes());
        var h = hash.digest().getBytes(), ps = new forge.util.ByteBuffer();
        ps.fillWithByte(0, emLen - sLen - hLen - 2), ps.putByte(1), ps.putBytes(salt);
        var db = ps.getBytes(), maskLen = emLen - hLen - 1, dbMask = mgf.generate(h, maskLen), maskedDB = "";
        for (i = 0; i < maskLen; i++)
          maskedDB += String.fromCharCode(db.charCodeAt(i) ^ dbMask.charCodeAt(i));
        var mask = 65280 >> 8 * emLen - emBits & 255;
        return maskedDB = String.fromCharCode(maskedDB.charCodeAt(0) & ~mask) + maskedDB.substr(1), maskedDB + h + "\xBC";
      }, pssobj.verify = function(mHash, em, modBits) {
        var i, emBits = modBits - 1, emLen = Math.ceil(emBits / 8);
        if (em = em.substr(-emLen), emLen < hLen + sLen + 2)
          throw new Error("Inconsistent parameters to PSS signature verification.");
        if (em.charCodeAt(emLen - 1) !== 188)
          throw new Error("Encoded message does not end in 0xBC.");
        var maskLen = emLen - hLen - 1, maskedDB = em.substr(0, maskLen), h = em.substr(maskLen, hLen), mask = 65280 >> 8 * emLen - emBits & 255;
        if ((maskedDB.charCodeAt(0) & mask) !== 0)
          throw new Error("Bits beyond keysize not zero as expected.");
        var dbMask = mgf.generate(h, maskLen), db = "";
        for (i = 0; i < maskLen; i++)
          db += String.fromCharCode(maskedDB.charCodeAt(i) ^ dbMask.charCodeAt(i));
        db = String.fromCharCode(db.charCodeAt(0) & ~mask) + db.substr(1);
        var checkLen = emLen - hLen - sLen - 2;
        for (i = 0; i < checkLen; i++)
          if (db.charCodeAt(i) !== 0)
            throw new Error("Leftmost octets not zero as expected");
        if (db.charCodeAt(checkLen) !== 1)
          throw new Error("Inconsistent PSS signature, 0x01 marker not found");
        var salt = db.substr(-sLen), m_ = new forge.util.ByteBuffer();
        m_.fillWithByte(0, 8), m_.putBytes(mHash), m_.putBytes(salt), hash.start(), hash.update(m_.getBytes());
        var h_ = hash.digest().getBytes();
        return h === h_;
      }, pssobj;
    };
  }
});

// node_modules/node-forge/lib/sha512.js
var require_sha512 = __commonJS({
  "node_modules/node-forge/lib/sha512.js"(exports, module) {
    var forge = require_forge();
    require_md();
    require_util();
    var sha5123 = module.exports = forge.sha512 = forge.sha512 || {};
    forge.md.sha512 = forge.md.algorithms.sha512 = sha5123;
    var sha3842 = forge.sha384 = forge.sha512.sha384 = forge.sha512.sha384 || {};
    sha3842.create = function() {
      return sha5123.create("SHA-384");
    };
    forge.md.sha384 = forge.md.algorithms.sha384 = sha3842;
    forge.sha512.sha256 = forge.sha512.sha256 || {
      create: function() {
        return sha5123.create("SHA-512/256");
      }
    };
    forge.md["sha512/256"] = forge.md.algorithms["sha512/256"] = forge.sha512.sha256;
    forge.sha512.sha224 = forge.sha512.sha224 || {
      create: function() {
        return sha5123.create("SHA-512/224");
      }
    };
    forge.md["sha512/224"] = forge.md.algorithms["sha512/224"] = forge.sha512.sha224;
    sha5123.create = function(algorithm) {
      if (_initialized || _init(), typeof algorithm > "u" && (algorithm = "SHA-512"), !(algorithm in _states))
        throw new Error("Invalid SHA-512 algorithm: " + algorithm);
      for (var _state = _states[algorithm], _h = null, _input = forge.util.createBuffer(), _w = new Array(80), wi = 0; wi < 80; ++wi)
        _w[wi] = new Array(2);
      var digestLength = 64;
      switch (algorithm) {
        case "SHA-384":
          digestLength = 48;
          break;
        case "SHA-512/256":
          digestLength = 32;
          break;
        case "SHA-512/224":
          digestLength = 28;
          break;
      }
      var md = {
        // SHA-512 => sha512
        algorithm: algorithm.replace("-", "").toLowerCase(),
        blockLength: 128,
        digestLength,
        // 56-bit length of message so far (does not including padding)
        messageLength: 0,
        // true message length
        fullMessageLength: null,
        // size of message length in bytes
        messageLengthSize: 16
      };
      return md.start = function() {
        md.messageLength = 0, md.fullMessageLength = md.messageLength128 = [];
        for (var int32s = md.messageLengthSize / 4, i = 0; i < int32s; ++i)
          md.fullMessageLength.push(0);
        _input = forge.util.createBuffer(), _h = new Array(_state.length);
        for (var i = 0; i < _state.length; ++i)
          _h[i] = _state[i].slice(0);
        return md;
      }, md.start(), md.update = function(msg, encoding) {
        encoding === "utf8" && (msg = forge.util.encodeUtf8(msg));
        var len = msg.length;
        md.messageLength += len, len = [len / 4294967296 >>> 0, len >>> 0];
        for (var i = md.fullMessageLength.length - 1; i >= 0; --i)
          md.fullMessageLength[i] += len[1], len[1] = len[0] + (md.fullMessageLength[i] / 4294967296 >>> 0), md.fullMessageLength[i] = md.fullMessageLength[i] >>> 0, len[0] = len[1] / 4294967296 >>> 0;
        return _input.putBytes(msg), _update(_h, _w, _input), (_input.read > 2048 || _input.length() === 0) && _input.compact(), md;
      }, md.digest = function() {
        var finalBlock = forge.util.createBuffer();
        finalBlock.putBytes(_input.bytes());
        var remaining = md.fullMessageLength[md.fullMessageLength.length - 1] + md.messageLengthSize, overflow = remaining & md.blockLength - 1;
        finalBlock.putBytes(_padding.substr(0, md.blockLength - overflow));
        for (var next, carry, bits = md.fullMessageLength[0] * 8, i = 0; i < md.fullMessageLength.length - 1; ++i)
          next = md.fullMessageLength[i + 1] * 8, carry = next / 4294967296 >>> 0, bits += carry, finalBlock.putInt32(bits >>> 0), bits = next >>> 0;
        finalBlock.putInt32(bits);
        for (var h = new Array(_h.length), i = 0; i < _h.length; ++i)
          h[i] = _h[i].slice(0);
        _update(h, _w, finalBlock);
        var rval = forge.util.createBuffer(), hlen;
        algorithm === "SHA-512" ? hlen = h.length : algorithm === "SHA-384" ? hlen = h.length - 2 : hlen = h.length - 4;
        for (var i = 0; i < hlen; ++i)
          rval.putInt32(h[i][0]), (i !== hlen - 1 || algorithm !== "SHA-512/224") && rval.putInt32(h[i][1]);
        return rval;
      }, md;
    };
    var _padding = null, _initialized = !1, _k = null, _states = null;
    function _init() {
      _padding = "\x80", _padding += forge.util.fillString("\0", 128), _k = [
        [1116352408, 3609767458],
        [1899447441, 602891725],
        [3049323471, 3964484399],
        [3921009573, 2173295548],
        [961987163, 4081628472],
        [1508970993, 3053834265],
        [2453635748, 2937671579],
        [2870763221, 3664609560],
        [3624381080, 2734883394],
        [310598401, 1164996542],
        [607225278, 1323610764],
        [1426881987, 3590304994],
        [1925078388, 4068182383],
        [2162078206, 991336113],
        [2614888103, 633803317],
        [3248222580, 3479774868],
        [3835390401, 2666613458],
        [4022224774, 944711139],
        [264347078, 2341262773],
        [604807628, 2007800933],
        [770255983, 1495990901],
        [1249150122, 1856431235],
        [1555081692, 3175218132],
        [1996064986, 2198950837],
        [2554220882, 3999719339],
        [2821834349, 766784016],
        [2952996808, 2566594879],
        [3210313671, 3203337956],
        [3336571891, 1034457026],
        [3584528711, 2466948901],
        [113926993, 3758326383],
        [338241895, 168717936],
        [666307205, 1188179964],
        [773529912, 1546045734],
        [1294757372, 1522805485],
        [1396182291, 2643833823],
        [1695183700, 2343527390],
        [1986661051, 1014477480],
        [2177026350, 1206759142],
        [2456956037, 344077627],
        [2730485921, 1290863460],
        [2820302411, 3158454273],
        [3259730800, 3505952657],
        [3345764771, 106217008],
        [3516065817, 3606008344],
        [3600352804, 1432725776],
        [4094571909, 1467031594],
        [275423344, 851169720],
        [430227734, 3100823752],
        [506948616, 1363258195],
        [659060556, 3750685593],
        [883997877, 3785050280],
        [958139571, 3318307427],
        [1322822218, 3812723403],
        [1537002063, 2003034995],
        [1747873779, 3602036899],
        [1955562222, 1575990012],
        [2024104815, 1125592928],
        [2227730452, 2716904306],
        [2361852424, 442776044],
        [2428436474, 593698344],
        [2756734187, 3733110249],
        [3204031479, 2999351573],
        [3329325298, 3815920427],
        [3391569614, 3928383900],
        [3515267271, 566280711],
        [3940187606, 3454069534],
        [4118630271, 4000239992],
        [116418474, 1914138554],
        [174292421, 2731055270],
        [289380356, 3203993006],
        [460393269, 320620315],
        [685471733, 587496836],
        [852142971, 1086792851],
        [1017036298, 365543100],
        [1126000580, 2618297676],
        [1288033470, 3409855158],
        [1501505948, 4234509866],
        [1607167915, 987167468],
        [1816402316, 1246189591]
      ], _states = {}, _states["SHA-512"] = [
        [1779033703, 4089235720],
        [3144134277, 2227873595],
        [1013904242, 4271175723],
        [2773480762, 1595750129],
        [1359893119, 2917565137],
        [2600822924, 725511199],
        [528734635, 4215389547],
        [1541459225, 327033209]
      ], _states["SHA-384"] = [
        [3418070365, 3238371032],
        [1654270250, 914150663],
        [2438529370, 812702999],
        [355462360, 4144912697],
        [1731405415, 4290775857],
        [2394180231, 1750603025],
        [3675008525, 1694076839],
        [1203062813, 3204075428]
      ], _states["SHA-512/256"] = [
        [573645204, 4230739756],
        [2673172387, 3360449730],
        [596883563, 1867755857],
        [2520282905, 1497426621],
        [2519219938, 2827943907],
        [3193839141, 1401305490],
        [721525244, 746961066],
        [246885852, 2177182882]
      ], _states["SHA-512/224"] = [
        [2352822216, 424955298],
        [1944164710, 2312950998],
        [502970286, 855612546],
        [1738396948, 1479516111],
        [258812777, 2077511080],
        [2011393907, 79989058],
        [1067287976, 1780299464],
        [286451373, 2446758561]
      ], _initialized = !0;
    }
    function _update(s, w, bytes) {
      for (var t1_hi, t1_lo, t2_hi, t2_lo, s0_hi, s0_lo, s1_hi, s1_lo, ch_hi, ch_lo, maj_hi, maj_lo, a_hi, a_lo, b_hi, b_lo, c_hi, c_lo, d_hi, d_lo, e_hi, e_lo, f_hi, f_lo, g_hi, g_lo, h_hi, h_lo, i, hi, lo, w2, w7, w15, w16, len = bytes.length(); len >= 128; ) {
        for (i = 0; i < 16; ++i)
          w[i][0] = bytes.getInt32() >>> 0, w[i][1] = bytes.getInt32() >>> 0;
        for (; i < 80; ++i)
          w2 = w[i - 2], hi = w2[0], lo = w2[1], t1_hi = ((hi >>> 19 | lo << 13) ^ // ROTR 19
          (lo >>> 29 | hi << 3) ^ // ROTR 61/(swap + ROTR 29)
          hi >>> 6) >>> 0, t1_lo = ((hi << 13 | lo >>> 19) ^ // ROTR 19
          (lo << 3 | hi >>> 29) ^ // ROTR 61/(swap + ROTR 29)
          (hi << 26 | lo >>> 6)) >>> 0, w15 = w[i - 15], hi = w15[0], lo = w15[1], t2_hi = ((hi >>> 1 | lo << 31) ^ // ROTR 1
          (hi >>> 8 | lo << 24) ^ // ROTR 8
          hi >>> 7) >>> 0, t2_lo = ((hi << 31 | lo >>> 1) ^ // ROTR 1
          (hi << 24 | lo >>> 8) ^ // ROTR 8
          (hi << 25 | lo >>> 7)) >>> 0, w7 = w[i - 7], w16 = w[i - 16], lo = t1_lo + w7[1] + t2_lo + w16[1], w[i][0] = t1_hi + w7[0] + t2_hi + w16[0] + (lo / 4294967296 >>> 0) >>> 0, w[i][1] = lo >>> 0;
        for (a_hi = s[0][0], a_lo = s[0][1], b_hi = s[1][0], b_lo = s[1][1], c_hi = s[2][0], c_lo = s[2][1], d_hi = s[3][0], d_lo = s[3][1], e_hi = s[4][0], e_lo = s[4][1], f_hi = s[5][0], f_lo = s[5][1], g_hi = s[6][0], g_lo = s[6][1], h_hi = s[7][0], h_lo = s[7][1], i = 0; i < 80; ++i)
          s1_hi = ((e_hi >>> 14 | e_lo << 18) ^ // ROTR 14
          (e_hi >>> 18 | e_lo << 14) ^ // ROTR 18
          (e_lo >>> 9 | e_hi << 23)) >>> 0, s1_lo = ((e_hi << 18 | e_lo >>> 14) ^ // ROTR 14
          (e_hi << 14 | e_lo >>> 18) ^ // ROTR 18
          (e_lo << 23 | e_hi >>> 9)) >>> 0, ch_hi = (g_hi ^ e_hi & (f_hi ^ g_hi)) >>> 0, ch_lo = (g_lo ^ e_lo & (f_lo ^ g_lo)) >>> 0, s0_hi = ((a_hi >>> 28 | a_lo << 4) ^ // ROTR 28
          (a_lo >>> 2 | a_hi << 30) ^ // ROTR 34/(swap + ROTR 2)
          (a_lo >>> 7 | a_hi << 25)) >>> 0, s0_lo = ((a_hi << 4 | a_lo >>> 28) ^ // ROTR 28
          (a_lo << 30 | a_hi >>> 2) ^ // ROTR 34/(swap + ROTR 2)
          (a_lo << 25 | a_hi >>> 7)) >>> 0, maj_hi = (a_hi & b_hi | c_hi & (a_hi ^ b_hi)) >>> 0, maj_lo = (a_lo & b_lo | c_lo & (a_lo ^ b_lo)) >>> 0, lo = h_lo + s1_lo + ch_lo + _k[i][1] + w[i][1], t1_hi = h_hi + s1_hi + ch_hi + _k[i][0] + w[i][0] + (lo / 4294967296 >>> 0) >>> 0, t1_lo = lo >>> 0, lo = s0_lo + maj_lo, t2_hi = s0_hi + maj_hi + (lo / 4294967296 >>> 0) >>> 0, t2_lo = lo >>> 0, h_hi = g_hi, h_lo = g_lo, g_hi = f_hi, g_lo = f_lo, f_hi = e_hi, f_lo = e_lo, lo = d_lo + t1_lo, e_hi = d_hi + t1_hi + (lo / 4294967296 >>> 0) >>> 0, e_lo = lo >>> 0, d_hi = c_hi, d_lo = c_lo, c_hi = b_hi, c_lo = b_lo, b_hi = a_hi, b_lo = a_lo, lo = t1_lo + t2_lo, a_hi = t1_hi + t2_hi + (lo / 4294967296 >>> 0) >>> 0, a_lo = lo >>> 0;
        lo = s[0][1] + a_lo, s[0][0] = s[0][0] + a_hi + (lo / 4294967296 >>> 0) >>> 0, s[0][1] = lo >>> 0, lo = s[1][1] + b_lo, s[1][0] = s[1][0] + b_hi + (lo / 4294967296 >>> 0) >>> 0, s[1][1] = lo >>> 0, lo = s[2][1] + c_lo, s[2][0] = s[2][0] + c_hi + (lo / 4294967296 >>> 0) >>> 0, s[2][1] = lo >>> 0, lo = s[3][1] + d_lo, s[3][0] = s[3][0] + d_hi + (lo / 4294967296 >>> 0) >>> 0, s[3][1] = lo >>> 0, lo = s[4][1] + e_lo, s[4][0] = s[4][0] + e_hi + (lo / 4294967296 >>> 0) >>> 0, s[4][1] = lo >>> 0, lo = s[5][1] + f_lo, s[5][0] = s[5][0] + f_hi + (lo / 4294967296 >>> 0) >>> 0, s[5][1] = lo >>> 0, lo = s[6][1] + g_lo, s[6][0] = s[6][0] + g_hi + (lo / 4294967296 >>> 0) >>> 0, s[6][1] = lo >>> 0, lo = s[7][1] + h_lo, s[7][0] = s[7][0] + h_hi + (lo / 4294967296 >>> 0) >>> 0, s[7][1] = lo >>> 0, len -= 128;
      }
    }
  }
});

// src/adapters/sigstore/check-bundle.ts
var import_bundle = __toESM(require_dist2(), 1), import_core5 = __toESM(require_dist3(), 1), import_verify4 = __toESM(require_dist4(), 1);

// src/adapters/sigstore/certificate-identity.ts
var import_core = __toESM(require_dist3(), 1), FULCIO = "1.3.6.1.4.1.57264.1", OID = {
  issuerV1: `${FULCIO}.1`,
  triggerV1: `${FULCIO}.2`,
  shaV1: `${FULCIO}.3`,
  repositoryV1: `${FULCIO}.5`,
  issuer: `${FULCIO}.8`,
  runnerEnvironment: `${FULCIO}.11`,
  sourceRepositoryUri: `${FULCIO}.12`,
  sourceRepositoryDigest: `${FULCIO}.13`,
  buildConfigUri: `${FULCIO}.18`,
  buildTrigger: `${FULCIO}.20`
};
function identityFromCertificate(cert) {
  let read = (oid, der) => {
    let ext = cert.extension(oid);
    if (ext)
      return der ? utf8String(ext.value) : ext.value.toString("utf8");
  }, github = {}, repository = read(OID.repositoryV1, !1) ?? pathOf(read(OID.sourceRepositoryUri, !0)), workflowRef = pathOf(read(OID.buildConfigUri, !0)), trigger = read(OID.buildTrigger, !0) ?? read(OID.triggerV1, !1), runnerEnvironment = read(OID.runnerEnvironment, !0), sha = read(OID.sourceRepositoryDigest, !0) ?? read(OID.shaV1, !1);
  return repository !== void 0 && (github.repository = repository), workflowRef !== void 0 && (github.workflowRef = workflowRef), trigger !== void 0 && (github.trigger = trigger), runnerEnvironment !== void 0 && (github.runnerEnvironment = runnerEnvironment), sha !== void 0 && (github.sha = sha), {
    kind: "keyless",
    issuer: read(OID.issuer, !0) ?? read(OID.issuerV1, !1) ?? "",
    identity: cert.subjectAltName ?? "",
    ...Object.keys(github).length > 0 ? { github } : {}
  };
}
function utf8String(value) {
  try {
    return import_core.ASN1Obj.parseBuffer(Buffer.from(value)).value.toString("utf8");
  } catch {
    return value.toString("utf8");
  }
}
function pathOf(uri) {
  return uri === void 0 ? void 0 : /^https?:\/\/[^/]+\/(.+)$/.exec(uri)?.[1] ?? uri;
}

// src/adapters/sigstore/identity-match.ts
function matchIdentity(signer, rules) {
  if (rules.length === 0)
    return { matched: !1, code: "wrong-identity", message: "no trusted identity is configured, so no keyless signer is trusted" };
  let failures = rules.map((rule) => mismatch(signer, rule));
  if (failures.some((failure) => failure === void 0)) return { matched: !0 };
  let issuerOk = rules.some((rule) => valueMatches(rule, signer.issuer, rule.issuer, rule.issuerRegExp)), who = `${signer.identity || "(no identity)"} (issuer ${signer.issuer || "(none)"})`;
  return issuerOk ? {
    matched: !1,
    code: "wrong-identity",
    message: `signed by ${who}, which no trusted identity matches: ${failures.filter(Boolean).join("; ")}`
  } : { matched: !1, code: "wrong-issuer", message: `signed by ${who}: no trusted identity has this OIDC issuer` };
}
function mismatch(signer, rule) {
  if (rule.issuer === void 0 && rule.issuerRegExp === void 0) return "a trusted identity without an issuer matches nobody";
  if (rule.identity === void 0 && rule.identityRegExp === void 0 && rule.github?.repository === void 0 && rule.github?.workflowRef === void 0)
    return "a trusted identity must name the identity, the repository or the workflow";
  if (!valueMatches(rule, signer.issuer, rule.issuer, rule.issuerRegExp)) return "issuer differs";
  if (!valueMatches(rule, signer.identity, rule.identity, rule.identityRegExp)) return "identity differs";
  let github = rule.github;
  if (github)
    for (let field2 of ["repository", "workflowRef", "trigger", "runnerEnvironment"]) {
      let wanted = github[field2];
      if (wanted !== void 0 && signer.github?.[field2] !== wanted) return `${field2} is ${signer.github?.[field2] ?? "absent"}, not ${wanted}`;
    }
}
function valueMatches(rule, actual, exact, pattern) {
  return !(exact !== void 0 && actual !== exact || pattern !== void 0 && !compiled(rule, pattern).test(actual));
}
var compiledPatterns = /* @__PURE__ */ new WeakMap();
function compiled(rule, pattern) {
  let patterns = compiledPatterns.get(rule);
  patterns === void 0 && (patterns = /* @__PURE__ */ new Map(), compiledPatterns.set(rule, patterns));
  let known = patterns.get(pattern);
  if (known !== void 0) return known;
  let result = compileAnchored(pattern);
  if ("problem" in result)
    throw configError(`A trusted identity or issuer pattern is not a regular expression that compiles on its own (${result.problem})`);
  return patterns.set(pattern, result.regexp), result.regexp;
}

// src/adapters/sigstore/key-signature.ts
var import_core2 = __toESM(require_dist3(), 1);
import { createHash as createHash2, verify as cryptoVerify } from "node:crypto";

// src/adapters/sigstore/prehash.ts
import { constants, createHash, publicDecrypt, timingSafeEqual } from "node:crypto";

// node_modules/@noble/curves/node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function anumber(n, title = "") {
  if (typeof n != "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  length !== void 0 && anumber(length, "length");
  let bytes = isBytes(value), ofLen = length !== void 0 ? ` of length ${length}` : "", got = bytes ? `length=${value.length}` : `type=${typeof value}`, message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  throw bytes ? new RangeError(message) : new TypeError(message);
}
function ahash(h) {
  if (typeof h != "function" || typeof h.create != "function")
    throw new TypeError("expected hash wrapped by utils.createHasher");
  if (anumber(h.outputLen), anumber(h.blockLen), h.outputLen < 1 || h.blockLen < 1)
    throw new Error("hash blockLen / outputLen must be >= 1");
}
var aobject = (value, label) => {
  if (value === null || typeof value != "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
}, aopts = (value, label) => {
  aobject(value, label);
  let proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = !0) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  let min = instance.outputLen;
  if (!(out.length >= min))
    throw new RangeError('"output" expected length >= ' + min);
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++)
    arrays[i].fill(0);
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
var hasHexBuiltin = /* @ts-ignore */ typeof Uint8Array.from([]).toHex == "function" && typeof Uint8Array.fromHex == "function", hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  if (abytes(bytes), hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++)
    hex += hexes[bytes[i]];
  return hex;
}
function asciiToBase16(ch) {
  return ch >= 48 && ch <= 57 ? ch - 48 : ch >= 65 && ch <= 70 ? ch - 55 : ch >= 97 && ch <= 102 ? ch - 87 : void 0;
}
function hexToBytes(hex) {
  if (typeof hex != "string")
    throw new TypeError("hex string expected, got " + typeof hex);
  if (hasHexBuiltin)
    try {
      return Uint8Array.fromHex(hex);
    } catch (error) {
      throw error instanceof SyntaxError ? new RangeError(error.message) : error;
    }
  let hl = hex.length, al = hl / 2;
  if (hl % 2)
    throw new RangeError("hex string expected, got unpadded hex of length " + hl);
  let array = new Uint8Array(al);
  for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
    let n1 = asciiToBase16(hex.charCodeAt(hi)), n2 = asciiToBase16(hex.charCodeAt(hi + 1));
    if (n1 === void 0 || n2 === void 0) {
      let char = hex[hi] + hex[hi + 1];
      throw new RangeError('hex string expected, got non-hex character "' + char + '" at index ' + hi);
    }
    array[ai] = n1 * 16 + n2;
  }
  return array;
}
function concatBytes(...arrays) {
  let sum = 0;
  for (let i = 0; i < arrays.length; i++) {
    let a = arrays[i];
    abytes(a), sum += a.length;
  }
  let res = new Uint8Array(sum);
  for (let i = 0, pad = 0; i < arrays.length; i++) {
    let a = arrays[i];
    res.set(a, pad), pad += a.length;
  }
  return res;
}
function checkOpts(defaults, opts, title = "opts") {
  return aopts(defaults, "defaults"), opts !== void 0 && aopts(opts, title), Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons != "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  let hashC = (msg, opts) => hashCons(opts).update(msg).digest(), tmp = hashCons(void 0);
  return hashC.outputLen = tmp.outputLen, hashC.blockLen = tmp.blockLen, hashC.canXOF = tmp.canXOF, hashC.create = (opts) => hashCons(opts), Object.assign(hashC, info), Object.freeze(hashC);
}
function randomBytes(bytesLength = 32) {
  anumber(bytesLength, "bytesLength");
  let cr = typeof globalThis == "object" ? globalThis.crypto : null;
  if (typeof cr?.getRandomValues != "function")
    throw new Error("crypto.getRandomValues must be defined");
  if (bytesLength > 65536)
    throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return cr.getRandomValues(new Uint8Array(bytesLength));
}
var oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});

// node_modules/@noble/curves/utils.js
function aarray(item, title, inner = () => {
}) {
  if (!Array.isArray(item))
    throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
  for (let i = 0; i < item.length; i++)
    inner(item[i], `${title}[${i}]`);
  return item;
}
var abytes2 = (value, length, title) => abytes(value, length, title), anumber2 = anumber;
function astring(value, title = "") {
  if (typeof value != "string") {
    let prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected string, got type=" + typeof value);
  }
  return value;
}
function aobject2(value, title = "object") {
  if (value === null || typeof value != "object" || Array.isArray(value))
    throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
  return value;
}
function afunction(value, title) {
  if (typeof value != "function")
    throw new TypeError(`"${title}" is invalid: expected function, got ${typeof value}`);
  return value;
}
var bytesToHex2 = bytesToHex, concatBytes2 = (...arrays) => concatBytes(...arrays), hexToBytes2 = (hex) => hexToBytes(hex), isBytes2 = isBytes, randomBytes2 = (bytesLength) => randomBytes(bytesLength), _0n = /* @__PURE__ */ BigInt(0), _1n = /* @__PURE__ */ BigInt(1), atitle2 = (title) => title ? `"${title}" ` : "";
function abool(value, title = "") {
  if (typeof value != "boolean")
    throw new TypeError(atitle2(title) + "expected boolean, got type=" + typeof value);
  return value;
}
function abignumber(n) {
  if (typeof n == "bigint") {
    if (!isPosBig(n))
      throw new RangeError("positive bigint expected, got " + n);
  } else
    anumber2(n);
  return n;
}
function asafenumber(value, title = "") {
  if (typeof value != "number") {
    let prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected number, got type=" + typeof value);
  }
  if (!Number.isSafeInteger(value)) {
    let prefix = title && `"${title}" `;
    throw new RangeError(prefix + "expected safe integer, got " + value);
  }
}
function numberToHexUnpadded(num) {
  let hex = abignumber(num).toString(16);
  return hex.length & 1 ? "0" + hex : hex;
}
function hexToNumber(hex) {
  if (typeof hex != "string")
    throw new TypeError("hex string expected, got " + typeof hex);
  return hex === "" ? _0n : BigInt("0x" + hex);
}
function bytesToNumberBE(bytes) {
  return hexToNumber(bytesToHex(bytes));
}
function bytesToNumberLE(bytes) {
  return hexToNumber(bytesToHex(copyBytes(abytes(bytes)).reverse()));
}
function numberToBytesBE(n, len) {
  if (anumber(len), len === 0)
    throw new Error("zero output length is invalid");
  n = abignumber(n);
  let expectedLen = len * 2, hex = n.toString(16);
  if (hex.length > expectedLen)
    throw new RangeError("number is too large");
  return hexToBytes(hex.padStart(expectedLen, "0"));
}
function numberToBytesLE(n, len) {
  return numberToBytesBE(n, len).reverse();
}
function copyBytes(bytes) {
  return Uint8Array.from(abytes2(bytes));
}
function isPosBig(n) {
  return typeof n == "bigint" && _0n <= n;
}
function inRange(n, min, max) {
  return isPosBig(n) && isPosBig(min) && isPosBig(max) && min <= n && n < max;
}
function aInRange(title, n, min, max) {
  if (!inRange(n, min, max))
    throw new RangeError("expected valid " + title + ": " + min + " <= n < " + max + ", got " + n);
}
function bitLen(n) {
  if (n < _0n)
    throw new Error("expected non-negative bigint, got " + n);
  return n === _0n ? 0 : n.toString(2).length;
}
var bitMask = (n) => (asafenumber(n, "n"), (_1n << BigInt(n)) - _1n);
function createHmacDrbg(hashLen, qByteLen, hmacFn) {
  if (anumber(hashLen, "hashLen"), anumber(qByteLen, "qByteLen"), typeof hmacFn != "function")
    throw new TypeError("hmacFn must be a function");
  let u8n = (len) => new Uint8Array(len), NULL = Uint8Array.of(), byte0 = Uint8Array.of(0), byte1 = Uint8Array.of(1), _maxDrbgIters = 1e3, v = u8n(hashLen), k = u8n(hashLen), i = 0, reset = () => {
    v.fill(1), k.fill(0), i = 0;
  }, h = (...msgs) => hmacFn(k, concatBytes2(v, ...msgs)), reseed = (seed = NULL) => {
    k = h(byte0, seed), v = h(), seed.length !== 0 && (k = h(byte1, seed), v = h());
  }, gen = () => {
    if (i++ >= _maxDrbgIters)
      throw new Error("drbg: tried max amount of iterations");
    let len = 0, out = [];
    for (; len < qByteLen; ) {
      v = h();
      let sl = v.slice();
      out.push(sl), len += v.length;
    }
    return concatBytes2(...out);
  };
  return (seed, pred) => {
    reset(), reseed(seed);
    let res;
    for (; (res = pred(gen())) === void 0; )
      reseed();
    return reset(), res;
  };
}
function validateObject(object, fields = {}, optFields = {}, title = "object") {
  aobject2(object, title), aobject2(fields, "fields"), aobject2(optFields, "optFields");
  function checkField(fieldName, expectedType, isOpt) {
    let label = title === "object" ? `param "${String(fieldName)}"` : `"${title}.${String(fieldName)}"`, val = object[fieldName];
    if (!Object.hasOwn(object, fieldName) && (isOpt ? val !== void 0 : expectedType !== "function"))
      throw new TypeError(`${label} is invalid: expected own property`);
    if (isOpt && val === void 0)
      return;
    let current = typeof val;
    if (current !== expectedType || val === null)
      throw new TypeError(`${label} is invalid: expected ${expectedType}, got ${current}`);
  }
  let iter = (f, isOpt) => Object.entries(f).forEach(([k, v]) => checkField(k, v, isOpt));
  iter(fields, !1), iter(optFields, !0);
}

// node_modules/@noble/curves/abstract/modular.js
var _0n2 = /* @__PURE__ */ BigInt(0), _1n2 = /* @__PURE__ */ BigInt(1), _2n = /* @__PURE__ */ BigInt(2), _3n = /* @__PURE__ */ BigInt(3), _4n = /* @__PURE__ */ BigInt(4), _5n = /* @__PURE__ */ BigInt(5), _7n = /* @__PURE__ */ BigInt(7), _8n = /* @__PURE__ */ BigInt(8), _9n = /* @__PURE__ */ BigInt(9), _15n = /* @__PURE__ */ BigInt(15), _16n = /* @__PURE__ */ BigInt(16), POW_WINDOWED_MIN = /* @__PURE__ */ BigInt("0x10000000000000000");
function mod(a, b) {
  if (b <= _0n2)
    throw new Error("mod: expected positive modulus, got " + b);
  let result = a % b;
  return result >= _0n2 ? result : b + result;
}
function pow(num, power, modulo) {
  if (modulo <= _1n2)
    throw new Error("pow: expected modulus > 1, got " + modulo);
  if (typeof power != "bigint")
    throw new TypeError("invalid exponent: expected bigint, got " + typeof power);
  if (power < _0n2)
    throw new Error("invalid exponent, negatives unsupported");
  if (power === _0n2)
    return _1n2;
  if (power === _1n2)
    return num;
  let d = num % modulo;
  if (d < _0n2 && (d += modulo), power < POW_WINDOWED_MIN) {
    let p2 = _1n2;
    for (; power > _0n2; )
      power & _1n2 && (p2 = p2 * d % modulo), d = d * d % modulo, power >>= _1n2;
    return p2;
  }
  let digits = [];
  for (; power > _0n2; )
    digits.push(Number(power & _15n)), power >>= _4n;
  let table = new Array(16);
  table[0] = _1n2, table[1] = d;
  for (let i = 2; i < 16; i++)
    table[i] = table[i - 1] * d % modulo;
  let p = table[digits[digits.length - 1]];
  for (let w = digits.length - 2; w >= 0; w--) {
    p = p * p % modulo, p = p * p % modulo, p = p * p % modulo, p = p * p % modulo;
    let digit = digits[w];
    digit !== 0 && (p = p * table[digit] % modulo);
  }
  return p;
}
function pow2(x, power, modulo) {
  if (modulo <= _1n2)
    throw new Error("pow2: expected modulus > 1, got " + modulo);
  if (power < _0n2)
    throw new Error("pow2: expected non-negative exponent, got " + power);
  let res = x;
  for (; power-- > _0n2; )
    res *= res, res %= modulo;
  return res;
}
function invert(number, modulo) {
  if (number === _0n2)
    throw new Error("invert: expected non-zero number");
  if (modulo <= _1n2)
    throw new Error("invert: expected modulus > 1, got " + modulo);
  let a = mod(number, modulo), b = modulo, x = _0n2, u = _1n2;
  for (; a !== _0n2; ) {
    let q = b / a, r = b - a * q, m = x - u * q;
    b = a, a = r, x = u, u = m;
  }
  if (b !== _1n2)
    throw new Error("invert: does not exist");
  return mod(x, modulo);
}
function invertCt(a, prime) {
  if (prime <= _1n2)
    throw new Error("invertCt: expected prime modulus > 1, got " + prime);
  let an = mod(a, prime);
  if (an === _0n2)
    throw new Error("invertCt: expected non-zero number");
  let inverse = pow(an, prime - _2n, prime);
  if (mod(an * inverse, prime) !== _1n2)
    throw new Error("invertCt: does not exist");
  return inverse;
}
function assertIsSquare(Fp2, root, n) {
  let F = Fp2;
  if (!F.eql(F.sqr(root), n))
    throw new Error("Cannot find square root");
}
function aoddModulus(order, fnName) {
  if ((order & _1n2) === _0n2)
    throw new Error(fnName + ": expected odd modulus, got " + order);
}
function sqrt3mod4(Fp2, n) {
  let F = Fp2, p1div4 = (F.ORDER + _1n2) / _4n, root = F.pow(n, p1div4);
  return assertIsSquare(F, root, n), root;
}
function sqrt5mod8(Fp2, n) {
  let F = Fp2, p5div8 = (F.ORDER - _5n) / _8n, n2 = F.mul(n, _2n), v = F.pow(n2, p5div8), nv = F.mul(n, v), i = F.mul(F.mul(nv, _2n), v), root = F.mul(nv, F.sub(i, F.ONE));
  return assertIsSquare(F, root, n), root;
}
function sqrt9mod16(P) {
  let Fp_ = Field(P), tn = tonelliShanks(P), c1 = tn(Fp_, Fp_.neg(Fp_.ONE)), c2 = tn(Fp_, c1), c3 = tn(Fp_, Fp_.neg(c1)), c4 = (P + _7n) / _16n;
  return ((Fp2, n) => {
    let F = Fp2, tv1 = F.pow(n, c4), tv2 = F.mul(tv1, c1), tv3 = F.mul(tv1, c2), tv4 = F.mul(tv1, c3), e1 = F.eql(F.sqr(tv2), n), e2 = F.eql(F.sqr(tv3), n);
    tv1 = F.cmov(tv1, tv2, e1), tv2 = F.cmov(tv4, tv3, e2);
    let e3 = F.eql(F.sqr(tv2), n), root = F.cmov(tv1, tv2, e3);
    return assertIsSquare(F, root, n), root;
  });
}
function tonelliShanks(P) {
  if (P < _3n)
    throw new Error("sqrt is not defined for small field");
  aoddModulus(P, "tonelliShanks");
  let Q = P - _1n2, S = 0;
  for (; Q % _2n === _0n2; )
    Q /= _2n, S++;
  let Z = _2n, _Fp = Field(P);
  for (; FpLegendre(_Fp, Z) === 1; )
    if (Z++ > 1e3)
      throw new Error("Cannot find square root: probably non-prime P");
  if (S === 1)
    return sqrt3mod4;
  let cc = _Fp.pow(Z, Q), Q1div2 = (Q + _1n2) / _2n;
  return function(Fp2, n) {
    let F = Fp2;
    if (F.is0(n))
      return n;
    if (FpLegendre(F, n) !== 1)
      throw new Error("Cannot find square root");
    let M = S, c = F.mul(F.ONE, cc), t = F.pow(n, Q), R = F.pow(n, Q1div2);
    for (; !F.eql(t, F.ONE); ) {
      if (F.is0(t))
        throw new Error("Cannot find square root: probably non-prime P");
      let i = 1, t_tmp = F.sqr(t);
      for (; !F.eql(t_tmp, F.ONE); )
        if (i++, t_tmp = F.sqr(t_tmp), i === M)
          throw new Error("Cannot find square root");
      let exponent = _1n2 << BigInt(M - i - 1), b = F.pow(c, exponent);
      M = i, c = F.sqr(b), t = F.mul(t, c), R = F.mul(R, b);
    }
    return R;
  };
}
function FpSqrt(P) {
  return aoddModulus(P, "Fp.sqrt"), P % _4n === _3n ? sqrt3mod4 : P % _8n === _5n ? sqrt5mod8 : P % _16n === _9n ? sqrt9mod16(P) : tonelliShanks(P);
}
var isNegativeLE = (num, modulo) => (mod(num, modulo) & _1n2) === _1n2, FIELD_FIELDS = [
  "create",
  "isValid",
  "is0",
  "neg",
  "inv",
  "sqrt",
  "sqr",
  "eql",
  "add",
  "sub",
  "mul",
  "pow",
  "div",
  "addN",
  "subN",
  "mulN",
  "sqrN"
];
function validateField(field2) {
  if (aobject2(field2, "field"), typeof field2.ORDER != "bigint")
    throw new TypeError('param "ORDER" is invalid: expected bigint, got ' + typeof field2.ORDER);
  asafenumber(field2.BYTES, "BYTES"), asafenumber(field2.BITS, "BITS");
  for (let name of FIELD_FIELDS)
    afunction(field2[name], "field." + name);
  if (field2.BYTES < 1 || field2.BITS < 1)
    throw new Error("invalid field: expected BYTES/BITS > 0");
  if (field2.ORDER <= _1n2)
    throw new Error("invalid field: expected ORDER > 1, got " + field2.ORDER);
  return field2;
}
function FpInvertBatch(Fp2, nums, passZero = !1) {
  validateField(Fp2), aarray(nums, "nums"), abool(passZero, "passZero");
  let F = Fp2, inverted = new Array(nums.length).fill(passZero ? F.ZERO : void 0), multipliedAcc = nums.reduce((acc, num, i) => F.is0(num) ? acc : (inverted[i] = acc, F.mul(acc, num)), F.ONE), invertedAcc = F.inv(multipliedAcc);
  return nums.reduceRight((acc, num, i) => F.is0(num) ? acc : (inverted[i] = F.mul(acc, inverted[i]), F.mul(acc, num)), invertedAcc), inverted;
}
function FpLegendre(Fp2, n) {
  validateField(Fp2);
  let F = Fp2;
  aoddModulus(F.ORDER, "FpLegendre");
  let p1mod2 = (F.ORDER - _1n2) / _2n, powered = F.pow(n, p1mod2), yes = F.eql(powered, F.ONE), zero = F.eql(powered, F.ZERO), no = F.eql(powered, F.neg(F.ONE));
  if (!yes && !zero && !no)
    throw new Error("invalid Legendre symbol result");
  return yes ? 1 : zero ? 0 : -1;
}
function nLength(n, nBitLength) {
  if (nBitLength !== void 0 && anumber2(nBitLength), n <= _0n2)
    throw new Error("invalid n length: expected positive n, got " + n);
  if (nBitLength !== void 0 && nBitLength < 1)
    throw new Error("invalid n length: expected positive bit length, got " + nBitLength);
  let bits = bitLen(n);
  if (nBitLength !== void 0 && nBitLength < bits)
    throw new Error(`invalid n length: expected nBitLength (${nBitLength}) >= bitLen(n) (${bits})`);
  let _nBitLength = nBitLength !== void 0 ? nBitLength : bits, nByteLength = Math.ceil(_nBitLength / 8);
  return { nBitLength: _nBitLength, nByteLength };
}
var FIELD_SQRT = /* @__PURE__ */ new WeakMap(), _Field = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO = _0n2;
  ONE = _1n2;
  _lengths;
  _mod;
  constructor(ORDER, opts = {}) {
    if (ORDER <= _1n2)
      throw new Error("invalid field: expected ORDER > 1, got " + ORDER);
    let _nbitLength;
    this.isLE = !1, opts != null && typeof opts == "object" && (typeof opts.BITS == "number" && (_nbitLength = opts.BITS), typeof opts.sqrt == "function" && Object.defineProperty(this, "sqrt", { value: opts.sqrt, enumerable: !0 }), typeof opts.isLE == "boolean" && (this.isLE = opts.isLE), opts.allowedLengths && (this._lengths = Object.freeze(opts.allowedLengths.slice())), typeof opts.modFromBytes == "boolean" && (this._mod = opts.modFromBytes));
    let { nBitLength, nByteLength } = nLength(ORDER, _nbitLength);
    if (nByteLength > 2048)
      throw new Error("invalid field: expected ORDER of <= 2048 bytes");
    this.ORDER = ORDER, this.BITS = nBitLength, this.BYTES = nByteLength, Object.freeze(this);
  }
  create(num) {
    return mod(num, this.ORDER);
  }
  isValid(num) {
    if (typeof num != "bigint")
      throw new TypeError("invalid field element: expected bigint, got " + typeof num);
    return _0n2 <= num && num < this.ORDER;
  }
  is0(num) {
    return num === _0n2;
  }
  // is valid and invertible
  isValidNot0(num) {
    return !this.is0(num) && this.isValid(num);
  }
  isOdd(num) {
    return (num & _1n2) === _1n2;
  }
  neg(num) {
    return mod(-num, this.ORDER);
  }
  eql(lhs, rhs) {
    return lhs === rhs;
  }
  sqr(num) {
    return mod(num * num, this.ORDER);
  }
  add(lhs, rhs) {
    return mod(lhs + rhs, this.ORDER);
  }
  sub(lhs, rhs) {
    return mod(lhs - rhs, this.ORDER);
  }
  mul(lhs, rhs) {
    return mod(lhs * rhs, this.ORDER);
  }
  pow(num, power) {
    return pow(num, power, this.ORDER);
  }
  div(lhs, rhs) {
    return mod(lhs * invert(rhs, this.ORDER), this.ORDER);
  }
  // Same as above, but doesn't normalize
  sqrN(num) {
    return num * num;
  }
  addN(lhs, rhs) {
    return lhs + rhs;
  }
  subN(lhs, rhs) {
    return lhs - rhs;
  }
  mulN(lhs, rhs) {
    return lhs * rhs;
  }
  inv(num) {
    return invert(num, this.ORDER);
  }
  sqrt(num) {
    let sqrt = FIELD_SQRT.get(this);
    return sqrt || FIELD_SQRT.set(this, sqrt = FpSqrt(this.ORDER)), sqrt(this, num);
  }
  toBytes(num) {
    return this.isLE ? numberToBytesLE(num, this.BYTES) : numberToBytesBE(num, this.BYTES);
  }
  fromBytes(bytes, skipValidation = !1) {
    abytes2(bytes);
    let { _lengths: allowedLengths, BYTES, isLE, ORDER, _mod: modFromBytes } = this;
    if (allowedLengths) {
      if (bytes.length < 1 || !allowedLengths.includes(bytes.length) || bytes.length > BYTES)
        throw new Error("Field.fromBytes: expected " + allowedLengths + " bytes, got " + bytes.length);
      let padded = new Uint8Array(BYTES);
      padded.set(bytes, isLE ? 0 : padded.length - bytes.length), bytes = padded;
    }
    if (bytes.length !== BYTES)
      throw new Error("Field.fromBytes: expected " + BYTES + " bytes, got " + bytes.length);
    let scalar = isLE ? bytesToNumberLE(bytes) : bytesToNumberBE(bytes);
    if (modFromBytes && (scalar = mod(scalar, ORDER)), !skipValidation && !this.isValid(scalar))
      throw new Error("invalid field element: outside of range 0..ORDER");
    return scalar;
  }
  // TODO: we don't need it here, move out to separate fn
  invertBatch(lst) {
    return FpInvertBatch(this, lst, !0);
  }
  // We can't move this out because Fp6, Fp12 implement it
  // and it's unclear what to return in there.
  cmov(a, b, condition) {
    return abool(condition, "condition"), condition ? b : a;
  }
};
function Field(ORDER, opts = {}) {
  return Object.freeze(_Field.prototype), new _Field(ORDER, opts);
}
function getFieldBytesLength(fieldOrder) {
  if (typeof fieldOrder != "bigint")
    throw new Error("field order must be bigint");
  if (fieldOrder <= _1n2)
    throw new Error("field order must be greater than 1");
  let bitLength = bitLen(fieldOrder - _1n2);
  return Math.ceil(bitLength / 8);
}
function getMinHashLength(fieldOrder) {
  let length = getFieldBytesLength(fieldOrder);
  return length + Math.ceil(length / 2);
}
function mapHashToField(key, fieldOrder, isLE = !1) {
  abytes2(key);
  let len = key.length, fieldLen = getFieldBytesLength(fieldOrder), minLen = Math.max(getMinHashLength(fieldOrder), 16);
  if (len < minLen || len > 1024)
    throw new Error("expected " + minLen + "-1024 bytes of input, got " + len);
  let num = isLE ? bytesToNumberLE(key) : bytesToNumberBE(key), reduced = mod(num, fieldOrder - _1n2) + _1n2;
  return isLE ? numberToBytesLE(reduced, fieldLen) : numberToBytesBE(reduced, fieldLen);
}

// node_modules/@noble/curves/abstract/curve.js
var _0n3 = /* @__PURE__ */ BigInt(0), _1n3 = /* @__PURE__ */ BigInt(1), _4n2 = /* @__PURE__ */ BigInt(4), BLIND_BYTES = 16, BLIND_BITS = 128, FW_WINDOW = 5, TABLE_BYTES_MAX = 2 ** 31;
function validatePointCons(Point) {
  let pc = Point;
  if (typeof pc != "function")
    throw new TypeError('"Point" expected constructor, got type=' + typeof Point);
  afunction(pc.fromAffine, "Point.fromAffine"), afunction(pc.fromBytes, "Point.fromBytes"), afunction(pc.fromHex, "Point.fromHex"), aobject2(pc.BASE, "Point.BASE"), aobject2(pc.ZERO, "Point.ZERO"), validateField(pc.Fp), validateField(pc.Fn);
}
function normalizeZ(c, points) {
  validatePointCons(c), validateMSMPoints(points, c);
  let invertedZs = FpInvertBatch(c.Fp, points.map((p) => p.Z));
  return points.map((p, i) => c.fromAffine(p.toAffine(invertedZs[i])));
}
function validateW(W, bits, min = 1) {
  if (!Number.isSafeInteger(W) || W < min || W > bits)
    throw new Error("invalid window size, expected [" + min + ".." + bits + "], got W=" + W);
}
function validateTableBytes(numPoints, fpBytes) {
  let bytes = numPoints * (4 * fpBytes + 128);
  if (bytes > TABLE_BYTES_MAX)
    throw new Error("invalid window size: table would need ~" + Math.ceil(bytes / 2 ** 20) + " MiB, max " + TABLE_BYTES_MAX / 2 ** 20 + " MiB");
}
function probeRandomBytes(randomBytes3, length) {
  if (randomBytes3 !== void 0) {
    afunction(randomBytes3, "randomBytes");
    try {
      let probe = randomBytes3(length);
      if (!isBytes2(probe) || probe.length !== length)
        return;
    } catch {
      return;
    }
    return randomBytes3;
  }
}
function validateMSMPoints(points, c) {
  aarray(points, "points"), points.forEach((p, i) => {
    if (!(p instanceof c))
      throw new Error("invalid point at index " + i);
  });
}
function validateMSMScalars(scalars, field2, maxScalar) {
  if (!Array.isArray(scalars))
    throw new Error("array of scalars expected");
  scalars.forEach((s, i) => {
    if (!(maxScalar === void 0 ? field2.isValid(s) : isPosBig(s) && s < maxScalar))
      throw new Error("invalid scalar at index " + i);
  });
}
var pointWindowSizes = /* @__PURE__ */ new WeakMap();
function getWindowSize(P) {
  return pointWindowSizes.get(P) || 1;
}
function oddMultiples(p, size) {
  let dbl = p.double(), t = [p];
  for (let j = 1; j < size; j++)
    t.push(t[j - 1].add(dbl));
  return t;
}
function wnafDigits(n, W) {
  let size = 2 ** W, half = size / 2, mask = BigInt(size - 1), d = [];
  for (; n > _0n3; ) {
    let w = 0;
    n & _1n3 && (w = Number(n & mask), w >= half && (w -= size), n -= BigInt(w)), d.push(w), n >>= _1n3;
  }
  return d;
}
function signedWindowDigits(n, W, windows) {
  let size = 2 ** W, half = size / 2, mask = BigInt(size - 1), shiftBy = BigInt(W), d = [];
  for (let w = 0; w < windows; w++) {
    let v = Number(n & mask);
    n >>= shiftBy, v > half && (v -= size, n += _1n3), d.push(v);
  }
  if (n !== _0n3)
    throw new Error("invalid wnaf");
  return d;
}
function wnafWalk(zero, tables, digits) {
  let max = 0;
  for (let d of digits)
    max = Math.max(max, d.length);
  let acc = zero;
  for (let bit = max - 1; bit >= 0; bit--) {
    bit !== max - 1 && (acc = acc.double());
    for (let i = 0; i < digits.length; i++) {
      let w = digits[i][bit];
      if (w) {
        let item = tables[i][Math.abs(w) - 1 >> 1];
        acc = acc.add(w < 0 ? item.negate() : item);
      }
    }
  }
  return acc;
}
var ScalarMultiplier = class {
  Point;
  BASE;
  ZERO;
  randomBytes;
  wnafPrecomputes = /* @__PURE__ */ new WeakMap();
  baseCanBeBlinded;
  bits;
  // Parametrized with a given Point class (not individual point)
  constructor(Point, randomBytes3) {
    validatePointCons(Point), this.randomBytes = probeRandomBytes(randomBytes3, BLIND_BYTES), this.Point = Point, this.BASE = Point.BASE, this.ZERO = Point.ZERO, this.bits = Point.Fn.BITS;
  }
  /**
   * Creates a signed fixed-window wNAF precomputation table: for every window w, the
   * multiples `[1..2^(W−1)]⋅2^(w⋅W)⋅P`, flattened. All doublings are baked into the table,
   * so cached multiplication is additions-only. `windows = ceil(bits/W) + 1`: the extra
   * window absorbs the final carry of signed-digit recoding.
   * For a 256-bit curve and W=6, the table is 44⋅32 = 1408 points.
   * @param point - Point instance
   * @param W - window size
   * @param bits - scalar bitlength the table must cover
   */
  buildWnafTable(point, W, bits) {
    let windows = Math.ceil(bits / W) + 1, half = 2 ** (W - 1), comp = [], base = point;
    for (let w = 0; w < windows; w++) {
      let acc = base;
      for (let i = 0; i < half; i++)
        comp.push(acc), acc = acc.add(base);
      base = comp[comp.length - 1].double();
    }
    return { W, bits, windows, comp };
  }
  /**
   * Implements ec multiplication using precomputed signed fixed-window wNAF tables.
   * Constant-time: fixed window count with one table addition per window — zero digits feed
   * the fake accumulator — and no doublings; the lookup scans the whole window slice.
   * Scalar bounds are validated by the public entry points ({@link ScalarMultiplier.mulCT},
   * {@link ScalarMultiplier.mulCTBlinded}, {@link ScalarMultiplier.mulUnsafe});
   * signedWindowDigits throws if `n` exceeds the table.
   * @returns real and fake (for const-time) points
   */
  wnafCachedCT(precomputes, n) {
    let { W, windows, comp } = precomputes, half = 2 ** (W - 1), digits = signedWindowDigits(n, W, windows), p = this.ZERO, f = this.BASE;
    for (let w = 0; w < windows; w++) {
      let digit = digits[w], start = w * half, idx = Math.abs(digit) - 1, sel = comp[start];
      for (let i = 1; i < half; i++)
        sel = i === idx ? comp[start + i] : sel;
      let neg = sel.negate();
      digit === 0 ? f = f.add(comp[start]) : p = p.add(digit < 0 ? neg : sel);
    }
    return { p, f };
  }
  // Cache key is point identity plus (W, bits); at most two entries exist per point (public-width
  // `Fn.BITS` and blinded `Fn.BITS + BLIND_BITS`). Callers must not reuse the same point with
  // incompatible `transform(...)` layouts and expect a separate cache entry.
  getWnafPrecomputes(W, point, bits, transform) {
    let entries = this.wnafPrecomputes.get(point), comp = entries?.find((entry) => entry.W === W && entry.bits === bits);
    return comp || (comp = this.buildWnafTable(point, W, bits), typeof transform == "function" && (comp = { ...comp, comp: transform(comp.comp) }), entries || (entries = [], this.wnafPrecomputes.set(point, entries)), entries.push(comp)), comp;
  }
  assertPoint(point) {
    if (!(point instanceof this.Point))
      throw new TypeError('"point" expected Point instance, got type=' + typeof point);
  }
  // Shared prologue of the constant-time entry points. Rejects scalar 0: in key/signature-style
  // callers a zero scalar means broken upstream plumbing, and concrete Points already reject it.
  // Uses inRange instead of Fn.isValidNot0: validateField() only certifies the arithmetic subset.
  validateMulInput(point, scalar) {
    if (this.assertPoint(point), !inRange(scalar, _1n3, this.Point.Fn.ORDER))
      throw new Error("invalid scalar");
  }
  // Constant-time dispatch shared by mulCT / mulCTBlinded. Un-precomputed points (W===1, e.g.
  // ECDH peer keys) skip building a throwaway cached table in favor of a small fixed-window
  // multiply. `n` must be < 2^bits.
  runCT(point, n, bits, transform) {
    let W = getWindowSize(point);
    return W === 1 ? this.fixedWindowCT(point, n, bits) : this.wnafCachedCT(this.getWnafPrecomputes(W, point, bits, transform), n);
  }
  mulCT(point, scalar, transform) {
    return this.validateMulInput(point, scalar), this.runCT(point, scalar, this.bits, transform);
  }
  mulCTBlinded(point, scalar, transform) {
    if (this.validateMulInput(point, scalar), this.randomBytes === void 0)
      throw new Error("randomBytes is required for scalar blinding");
    let bits = this.Point.Fn.BITS + BLIND_BITS, blind = this.randomBytes(BLIND_BYTES);
    if (!isBytes2(blind) || blind.length !== BLIND_BYTES)
      throw new Error("randomBytes returned invalid byte array");
    blind[0] = blind[0] & 63 | 128;
    let n = scalar + bytesToNumberBE(blind) * this.Point.Fn.ORDER;
    return this.runCT(point, n, bits, transform);
  }
  /**
   * Constant-time multiplication `n*point` for an un-precomputed point, via a small fixed window.
   * A cached wNAF table only pays off when reused; a flat 2^FW_WINDOW table (`size-1` adds) is
   * far cheaper to build for a single use. The point-operation sequence is independent of `n`:
   * build the table, then per window exactly FW_WINDOW doublings, a data-oblivious scan over
   * every table entry, and one addition (adds the identity when the window digit is 0 — never
   * skipped).
   *
   * `n` must be `< 2^bits`. Assumes complete addition (adding the identity costs the same as any
   * add), which holds for the Weierstrass/Edwards point types used here. The table is left in
   * projective form (no normalizeZ): normalizing this small a table costs more than the
   * mixed-add savings it would buy for a single multiply.
   * @returns real point `p`; `f` duplicates it only to match {@link wnafCachedCT}'s return shape
   * (this path needs no fake accumulator — its op-count is already scalar-independent).
   */
  fixedWindowCT(point, n, bits) {
    let W = FW_WINDOW, size = 1 << W, mask = bitMask(W), table = new Array(size);
    table[0] = this.ZERO;
    for (let i = 1; i < size; i++)
      table[i] = table[i - 1].add(point);
    let windows = Math.ceil(bits / W), acc = this.ZERO;
    for (let window2 = windows - 1; window2 >= 0; window2--) {
      if (window2 !== windows - 1)
        for (let d = 0; d < W; d++)
          acc = acc.double();
      let digit = Number(n >> BigInt(window2 * W) & mask), sel = table[0];
      for (let i = 1; i < size; i++)
        sel = i === digit ? table[i] : sel;
      acc = acc.add(sel);
    }
    return { p: acc, f: acc };
  }
  shouldBlind(point, cofactor) {
    return this.randomBytes === void 0 ? !1 : cofactor === _1n3 ? !0 : point !== this.BASE ? !1 : (this.baseCanBeBlinded === void 0 && (this.baseCanBeBlinded = this.mulUnsafe(this.BASE, this.Point.Fn.ORDER).is0()), this.baseCanBeBlinded);
  }
  mulSecret(point, scalar, cofactor, transform) {
    return this.shouldBlind(point, cofactor) ? this.mulCTBlinded(point, scalar, transform) : this.mulCT(point, scalar, transform);
  }
  mulUnsafe(point, scalar, transform) {
    if (this.assertPoint(point), !isPosBig(scalar))
      throw new Error("invalid scalar");
    let W = getWindowSize(point);
    if (W === 1 || scalar >= this.Point.Fn.ORDER)
      return mulAddUnsafe(this.Point, [point], [scalar], !0);
    let precomputes = this.getWnafPrecomputes(W, point, this.bits, transform);
    return this.wnafCachedCT(precomputes, scalar).p;
  }
  // Remembers the window size used for precomputed wNAF multiplication of the given point
  // and drops any previously built tables. Usually only the base point is precomputed.
  // W=1 resets the point to the un-precomputed (table-less) paths.
  // W is additionally capped so tables stay under ~2 GiB ({@link TABLE_BYTES_MAX}).
  setWindowSize(point, W) {
    this.assertPoint(point), validateW(W, this.bits);
    let windows = Math.ceil((this.bits + BLIND_BITS) / W) + 1;
    validateTableBytes(windows * 2 ** (W - 1), this.Point.Fp.BYTES), pointWindowSizes.set(point, W), this.wnafPrecomputes.delete(point);
  }
  // True when a window size is set: tables themselves are built lazily on first multiply.
  hasWindowSize(point) {
    return getWindowSize(point) !== 1;
  }
};
function mulAddUnsafe(c, points, scalars, allowOversized = !1) {
  if (validatePointCons(c), validateMSMPoints(points, c), abool(allowOversized, "allowOversized"), validateMSMScalars(scalars, c.Fn, allowOversized ? c.Fn.ORDER ** _4n2 : void 0), points.length !== scalars.length)
    throw new Error("arrays of points and scalars must have equal length");
  let tables = points.map((p) => oddMultiples(p, 4)), digits = scalars.map((n) => wnafDigits(n, 4));
  return wnafWalk(c.ZERO, tables, digits);
}
function createField(order, field2, isLE) {
  if (field2) {
    if (field2.ORDER !== order)
      throw new Error("Field.ORDER must match order: Fp == p, Fn == n");
    return validateField(field2), field2;
  } else
    return Field(order, { isLE });
}
function createCurveFields(type, CURVE, curveOpts = {}, FpFnLE) {
  if (type !== "weierstrass" && type !== "edwards")
    throw new Error('expected curve type "weierstrass" or "edwards"');
  if (FpFnLE === void 0 && (FpFnLE = type === "edwards"), !CURVE || typeof CURVE != "object")
    throw new Error(`expected valid ${type} CURVE object`);
  validateObject(curveOpts);
  for (let p of ["p", "n", "h"]) {
    let val = CURVE[p];
    if (!(isPosBig(val) && val !== _0n3))
      throw new Error(`CURVE.${p} must be positive bigint`);
  }
  let Fp2 = createField(CURVE.p, curveOpts.Fp, FpFnLE), Fn = createField(CURVE.n, curveOpts.Fn, FpFnLE), params = ["Gx", "Gy", "a", type === "weierstrass" ? "b" : "d"];
  for (let p of params)
    if (!Fp2.isValid(CURVE[p]))
      throw new Error(`CURVE.${p} must be valid field element of CURVE.Fp`);
  return CURVE = Object.freeze(Object.assign({}, CURVE)), { CURVE, Fp: Fp2, Fn };
}
function createKeygen(randomSecretKey, getPublicKey) {
  return function(seed) {
    let secretKey = randomSecretKey(seed);
    return { secretKey, publicKey: getPublicKey(secretKey) };
  };
}

// node_modules/@noble/curves/abstract/edwards.js
var _0n4 = /* @__PURE__ */ BigInt(0), _1n4 = /* @__PURE__ */ BigInt(1), _2n2 = /* @__PURE__ */ BigInt(2), _4n3 = /* @__PURE__ */ BigInt(4), _8n2 = /* @__PURE__ */ BigInt(8);
function isEdValidXY(Fp2, CURVE, x, y) {
  let x2 = Fp2.sqr(x), y2 = Fp2.sqr(y), left = Fp2.add(Fp2.mul(CURVE.a, x2), y2), right = Fp2.add(Fp2.ONE, Fp2.mul(CURVE.d, Fp2.mul(x2, y2)));
  return Fp2.eql(left, right);
}
function edwards(params, extraOpts = {}) {
  validateObject(extraOpts, {}, {}, "extraOpts");
  let opts = extraOpts, validated = createCurveFields("edwards", params, opts, opts.FpFnLE), { Fp: Fp2, Fn } = validated, CURVE = validated.CURVE, { h: cofactor } = CURVE;
  if (FpLegendre(Fp2, CURVE.a) !== 1)
    throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");
  if (FpLegendre(Fp2, CURVE.d) !== -1)
    throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");
  validateObject(opts, {}, { uvRatio: "function", randomBytes: "function" });
  let randomBytes3 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes, MASK = _2n2 << BigInt(Fp2.BYTES * 8) - _1n4;
  function isOdd(n) {
    if (!Fp2.isOdd)
      throw new Error("Field does not have .isOdd()");
    return Fp2.isOdd(n);
  }
  let uvRatio2 = opts.uvRatio === void 0 ? (u, v) => {
    try {
      return { isValid: !0, value: Fp2.sqrt(Fp2.div(u, v)) };
    } catch {
      return { isValid: !1, value: _0n4 };
    }
  } : opts.uvRatio;
  if (!isEdValidXY(Fp2, CURVE, CURVE.Gx, CURVE.Gy))
    throw new Error("bad curve params: generator point");
  let mulA = Fp2.eql(CURVE.a, Fp2.neg(Fp2.ONE)) ? (x) => Fp2.neg(x) : Fp2.eql(CURVE.a, Fp2.ONE) ? (x) => x : (x) => Fp2.mul(CURVE.a, x);
  function acoord(title, n, banZero = !1) {
    let min = banZero ? _1n4 : _0n4;
    return aInRange("coordinate " + title, n, min, MASK), n;
  }
  function aedpoint(other) {
    if (!(other instanceof Point))
      throw new Error("EdwardsPoint expected");
  }
  class Point {
    static BASE = new Point(CURVE.Gx, CURVE.Gy, Fp2.ONE, Fp2.mul(CURVE.Gx, CURVE.Gy));
    static ZERO = new Point(Fp2.ZERO, Fp2.ONE, Fp2.ONE, Fp2.ZERO);
    static Fp = Fp2;
    static Fn = Fn;
    X;
    Y;
    Z;
    T;
    constructor(X, Y, Z, T) {
      this.X = acoord("x", X), this.Y = acoord("y", Y), this.Z = acoord("z", Z, !0), this.T = acoord("t", T), Object.freeze(this);
    }
    static CURVE() {
      return CURVE;
    }
    /**
     * Create one extended Edwards point from affine coordinates.
     * Does NOT validate that the point is on-curve or torsion-free.
     * Use `.assertValidity()` on adversarial inputs.
     */
    static fromAffine(p) {
      if (p instanceof Point)
        throw new Error("extended point not allowed");
      let { x, y } = p || {};
      return acoord("x", x), acoord("y", y), new Point(x, y, Fp2.ONE, Fp2.mul(x, y));
    }
    // Uses algo from RFC8032 5.1.3.
    static fromBytes(bytes, zip215 = !1) {
      let len = Fp2.BYTES, { a, d } = CURVE;
      bytes = copyBytes(abytes2(bytes, len, "point")), abool(zip215, "zip215");
      let normed = copyBytes(bytes), lastByte = bytes[len - 1];
      normed[len - 1] = lastByte & -129;
      let y = bytesToNumberLE(normed), max = zip215 ? MASK : Fp2.ORDER;
      aInRange("point.y", y, _0n4, max);
      let y2 = Fp2.sqr(y), u = Fp2.sub(y2, Fp2.ONE), v = Fp2.sub(Fp2.mulN(d, y2), a), { isValid, value: x } = uvRatio2(u, v);
      if (!isValid)
        throw new Error("bad point: invalid y coordinate");
      let isXOdd = isOdd(x), isLastByteOdd = (lastByte & 128) !== 0;
      if (!zip215 && Fp2.is0(x) && isLastByteOdd)
        throw new Error("bad point: x=0 and x_0=1");
      return isLastByteOdd !== isXOdd && (x = Fp2.neg(x)), Point.fromAffine({ x, y });
    }
    static fromHex(hex, zip215 = !1) {
      return Point.fromBytes(hexToBytes2(hex), zip215);
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    precompute(windowSize = 6, isLazy = !0) {
      return wnaf.setWindowSize(this, windowSize), isLazy || this.multiply(_2n2), this;
    }
    // Useful in fromAffine() - not for fromBytes(), which always created valid points.
    assertValidity() {
      let p = this, { a, d } = CURVE;
      if (p.is0())
        throw new Error("bad point: ZERO");
      let { X, Y, Z, T } = p, X2 = Fp2.sqr(X), Y2 = Fp2.sqr(Y), Z2 = Fp2.sqr(Z), Z4 = Fp2.sqr(Z2), aX2 = Fp2.mul(X2, a), left = Fp2.mul(Fp2.add(aX2, Y2), Z2), right = Fp2.add(Z4, Fp2.mul(d, Fp2.mul(X2, Y2)));
      if (!Fp2.eql(left, right))
        throw new Error("bad point: equation left != right (1)");
      let XY = Fp2.mul(X, Y), ZT = Fp2.mul(Z, T);
      if (!Fp2.eql(XY, ZT))
        throw new Error("bad point: equation left != right (2)");
    }
    // Compare one point to another.
    equals(other) {
      aedpoint(other);
      let { X: X1, Y: Y1, Z: Z1 } = this, { X: X2, Y: Y2, Z: Z2 } = other, X1Z2 = Fp2.mul(X1, Z2), X2Z1 = Fp2.mul(X2, Z1), Y1Z2 = Fp2.mul(Y1, Z2), Y2Z1 = Fp2.mul(Y2, Z1);
      return Fp2.eql(X1Z2, X2Z1) && Fp2.eql(Y1Z2, Y2Z1);
    }
    is0() {
      return this.equals(Point.ZERO);
    }
    negate() {
      return new Point(Fp2.neg(this.X), this.Y, this.Z, Fp2.neg(this.T));
    }
    // Fast algo for doubling Extended Point.
    // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#doubling-dbl-2008-hwcd
    // Cost: 4M + 4S + 1*a + 6add + 1*2.
    double() {
      let { X: X1, Y: Y1, Z: Z1 } = this, A = Fp2.sqr(X1), B = Fp2.sqr(Y1), C = Fp2.mul(Fp2.sqr(Z1), _2n2), D = mulA(A), x1y1 = Fp2.addN(X1, Y1), E = Fp2.sub(Fp2.subN(Fp2.sqr(x1y1), A), B), G = Fp2.addN(D, B), F = Fp2.subN(G, C), H = Fp2.subN(D, B), X3 = Fp2.mul(E, F), Y3 = Fp2.mul(G, H), T3 = Fp2.mul(E, H), Z3 = Fp2.mul(F, G);
      return new Point(X3, Y3, Z3, T3);
    }
    // Fast algo for adding 2 Extended Points.
    // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#addition-add-2008-hwcd
    // Cost: 9M + 1*a + 1*d + 7add.
    add(other) {
      aedpoint(other);
      let { d } = CURVE, { X: X1, Y: Y1, Z: Z1, T: T1 } = this, { X: X2, Y: Y2, Z: Z2, T: T2 } = other, A = Fp2.mul(X1, X2), B = Fp2.mul(Y1, Y2), C = Fp2.mul(Fp2.mulN(T1, d), T2), D = Fp2.mul(Z1, Z2), E = Fp2.sub(Fp2.subN(Fp2.mulN(Fp2.addN(X1, Y1), Fp2.addN(X2, Y2)), A), B), F = Fp2.subN(D, C), G = Fp2.addN(D, C), H = Fp2.sub(B, mulA(A)), X3 = Fp2.mul(E, F), Y3 = Fp2.mul(G, H), T3 = Fp2.mul(E, H), Z3 = Fp2.mul(F, G);
      return new Point(X3, Y3, Z3, T3);
    }
    subtract(other) {
      return aedpoint(other), this.add(other.negate());
    }
    // Constant-time multiplication.
    multiply(scalar) {
      if (!Fn.isValidNot0(scalar))
        throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");
      let { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
      return normalize([p, f])[0];
    }
    // Non-constant-time multiplication. Uses double-and-add algorithm.
    // It's faster, but should only be used when you don't care about
    // an exposed private key e.g. sig verification.
    // Keeps the same subgroup-scalar contract: 0 is allowed for public-scalar callers, but
    // n and larger values are rejected instead of being reduced mod n to the identity point.
    multiplyUnsafe(scalar) {
      if (!Fn.isValid(scalar))
        throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");
      return scalar === _0n4 ? Point.ZERO : this.is0() || scalar === _1n4 ? this : wnaf.mulUnsafe(this, scalar, normalize);
    }
    // Checks if point is of small order.
    // If you add something to small order point, you will have "dirty"
    // point with torsion component.
    // Clears cofactor and checks if the result is 0.
    isSmallOrder() {
      return this.clearCofactor().is0();
    }
    // Multiplies point by curve order and checks if the result is 0.
    // Returns `false` is the point is dirty.
    isTorsionFree() {
      return wnaf.mulUnsafe(this, CURVE.n).is0();
    }
    // Converts Extended point to default (x, y) coordinates.
    // Can accept precomputed Z^-1 - for example, from invertBatch.
    toAffine(invertedZ) {
      let p = this, iz = invertedZ;
      if (iz != null && typeof iz != "bigint")
        throw new TypeError('"invertedZ" expected bigint, got type=' + typeof iz);
      let { X, Y, Z } = p, is0 = p.is0();
      iz == null && (iz = is0 ? Fp2.create(_8n2) : Fp2.inv(Z));
      let x = Fp2.mul(X, iz), y = Fp2.mul(Y, iz), zz = Fp2.mul(Z, iz);
      if (is0)
        return { x: Fp2.ZERO, y: Fp2.ONE };
      if (!Fp2.eql(zz, Fp2.ONE))
        throw new Error("invZ was invalid");
      return { x, y };
    }
    clearCofactor() {
      return cofactor === _1n4 ? this : cofactor === _2n2 ? this.double() : cofactor === _4n3 ? this.double().double() : cofactor === _8n2 ? this.double().double().double() : this.multiplyUnsafe(cofactor);
    }
    toBytes() {
      let { x, y } = this.toAffine(), bytes = Fp2.toBytes(y);
      return bytes[bytes.length - 1] |= isOdd(x) ? 128 : 0, bytes;
    }
    toHex() {
      return bytesToHex2(this.toBytes());
    }
    toString() {
      return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
    }
  }
  let normalize = (points) => normalizeZ(Point, points), wnaf = new ScalarMultiplier(Point, randomBytes3);
  return wnaf.bits >= 6 && Point.BASE.precompute(6), Object.freeze(Point.prototype), Object.freeze(Point), Point;
}
function eddsa(Point, cHash, eddsaOpts = {}) {
  if (validatePointCons(Point), typeof cHash != "function")
    throw new Error('"hash" function param is required');
  let hash = cHash, opts = eddsaOpts;
  validateObject(opts, {}, {
    adjustScalarBytes: "function",
    randomBytes: "function",
    domain: "function",
    prehash: "function",
    zip215: "boolean",
    mapToCurve: "function",
    toMontgomery: "function",
    toMontgomerySecret: "function"
  });
  let { prehash } = opts, { BASE, Fp: Fp2, Fn } = Point, outputLen = hash.outputLen, expectedLen = 2 * Fp2.BYTES;
  if (outputLen !== void 0 && (asafenumber(outputLen, "hash.outputLen"), outputLen !== expectedLen))
    throw new Error(`hash.outputLen must be ${expectedLen}, got ${outputLen}`);
  let randomBytes3 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes, toMontgomery2 = opts.toMontgomery, toMontgomerySecret2 = opts.toMontgomerySecret, adjustScalarBytes2 = opts.adjustScalarBytes === void 0 ? (bytes) => bytes : opts.adjustScalarBytes, domain = opts.domain === void 0 ? (data, ctx, phflag) => {
    if (abool(phflag, "phflag"), ctx.length || phflag)
      throw new Error("Contexts/pre-hash are not supported");
    return data;
  } : opts.domain;
  function modN_LE(hash2) {
    return Fn.create(bytesToNumberLE(hash2));
  }
  function getPrivateScalar(key) {
    let len = lengths.secretKey;
    abytes2(key, lengths.secretKey, "secretKey");
    let hashed = abytes2(hash(key), 2 * len, "hashedSecretKey"), head = adjustScalarBytes2(hashed.slice(0, len)), prefix = hashed.slice(len, 2 * len), scalar = modN_LE(head);
    return { head, prefix, scalar };
  }
  function getExtendedPublicKey(secretKey) {
    let { head, prefix, scalar } = getPrivateScalar(secretKey), point = BASE.multiply(scalar), pointBytes = point.toBytes();
    return { head, prefix, scalar, point, pointBytes };
  }
  function getPublicKey(secretKey) {
    return getExtendedPublicKey(secretKey).pointBytes;
  }
  function hashDomainToScalar(context = Uint8Array.of(), ...msgs) {
    let msg = concatBytes2(...msgs);
    return modN_LE(hash(domain(msg, abytes2(context, void 0, "context"), !!prehash)));
  }
  function sign(msg, secretKey, options = {}) {
    validateObject(options, {}, {}, "options"), msg = copyBytes(abytes2(msg, void 0, "message")), prehash && (msg = prehash(msg));
    let { prefix, scalar, pointBytes } = getExtendedPublicKey(secretKey), r = hashDomainToScalar(options.context, prefix, msg), R = BASE.multiply(r).toBytes(), k = hashDomainToScalar(options.context, R, pointBytes, msg), s = Fn.create(r + k * scalar);
    if (!Fn.isValid(s))
      throw new Error("sign failed: invalid s");
    let rs = concatBytes2(R, Fn.toBytes(s));
    return abytes2(rs, lengths.signature, "result");
  }
  let verifyOpts = {
    zip215: opts.zip215
  };
  function verify(sig, msg, publicKey, options = verifyOpts) {
    validateObject(options);
    let { context } = options, zip215 = options.zip215 === void 0 ? !!verifyOpts.zip215 : options.zip215, len = lengths.signature;
    sig = abytes2(sig, len, "signature"), msg = abytes2(msg, void 0, "message"), publicKey = abytes2(publicKey, lengths.publicKey, "publicKey"), zip215 !== void 0 && abool(zip215, "zip215"), prehash && (msg = prehash(msg));
    let mid = len / 2, r = sig.subarray(0, mid), s = bytesToNumberLE(sig.subarray(mid, len)), A, R, SB;
    try {
      A = Point.fromBytes(publicKey, zip215), R = Point.fromBytes(r, zip215), SB = BASE.multiplyUnsafe(s);
    } catch {
      return !1;
    }
    if (!zip215 && A.isSmallOrder())
      return !1;
    let k = hashDomainToScalar(context, r, publicKey, msg);
    return R.add(A.multiplyUnsafe(k)).subtract(SB).clearCofactor().is0();
  }
  let _size = Fp2.BYTES, lengths = {
    secretKey: _size,
    publicKey: _size,
    signature: 2 * _size,
    seed: _size
  };
  function randomSecretKey(seed) {
    return seed = seed === void 0 ? randomBytes3(lengths.seed) : seed, abytes2(seed, lengths.seed, "seed");
  }
  function isValidSecretKey(key) {
    return isBytes2(key) && key.length === lengths.secretKey;
  }
  function isValidPublicKey(key, zip215) {
    try {
      return !!Point.fromBytes(key, zip215 === void 0 ? verifyOpts.zip215 : zip215);
    } catch {
      return !1;
    }
  }
  let utils = {
    getExtendedPublicKey,
    randomSecretKey,
    isValidSecretKey,
    isValidPublicKey,
    /** Converts an Edwards public key to a companion Montgomery public key. */
    toMontgomery(publicKey) {
      if (toMontgomery2 === void 0)
        throw new Error("Montgomery conversion is not supported for this curve");
      return toMontgomery2(Point.fromBytes(publicKey));
    },
    toMontgomerySecret(secretKey) {
      if (toMontgomerySecret2 === void 0)
        throw new Error("Montgomery conversion is not supported for this curve");
      return toMontgomerySecret2(secretKey);
    }
  };
  return Object.freeze(lengths), Object.freeze(utils), Object.freeze({
    keygen: createKeygen(randomSecretKey, getPublicKey),
    getPublicKey,
    sign,
    verify,
    utils,
    Point,
    lengths
  });
}

// node_modules/@noble/curves/node_modules/@noble/hashes/_u64.js
var U32_MASK64 = BigInt(4294967295), _32n = /* @__PURE__ */ BigInt(32);
function fromBig(n, le = !1) {
  return le ? { h: Number(n & U32_MASK64), l: Number(n >> _32n & U32_MASK64) } : { h: Number(n >> _32n & U32_MASK64) | 0, l: Number(n & U32_MASK64) | 0 };
}
function split(lst, le = !1) {
  let len = lst.length, Ah = new Uint32Array(len), Al = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    let { h, l } = fromBig(lst[i], le);
    [Ah[i], Al[i]] = [h, l];
  }
  return [Ah, Al];
}
var fromNumH = (n) => n / 2 ** 32 | 0, fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE) {
  let h = fromNumH(n), l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE), view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}
var shrSH = (h, _l, s) => h >>> s, shrSL = (h, l, s) => h << 32 - s | l >>> s, rotrSH = (h, l, s) => h >>> s | l << 32 - s, rotrSL = (h, l, s) => h << 32 - s | l >>> s, rotrBH = (h, l, s) => h << 64 - s | l >>> s - 32, rotrBL = (h, l, s) => h >>> s - 32 | l << 64 - s;
function add(Ah, Al, Bh, Bl) {
  let l = (Al >>> 0) + (Bl >>> 0);
  return { h: Ah + Bh + (l / 2 ** 32 | 0) | 0, l: l | 0 };
}
var add3L = (Al, Bl, Cl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0), add3H = (low, Ah, Bh, Ch) => Ah + Bh + Ch + (low / 2 ** 32 | 0) | 0, add4L = (Al, Bl, Cl, Dl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0), add4H = (low, Ah, Bh, Ch, Dh) => Ah + Bh + Ch + Dh + (low / 2 ** 32 | 0) | 0, add5L = (Al, Bl, Cl, Dl, El) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0) + (El >>> 0), add5H = (low, Ah, Bh, Ch, Dh, Eh) => Ah + Bh + Ch + Dh + Eh + (low / 2 ** 32 | 0) | 0;

// node_modules/@noble/curves/node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class {
  blockLen;
  outputLen;
  canXOF = !1;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = !1;
  length = 0;
  pos = 0;
  destroyed = !1;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen, this.outputLen = outputLen, this.padOffset = padOffset, this.isLE = isLE, this.buffer = new Uint8Array(blockLen), this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this), abytes(data);
    let { view, buffer, blockLen } = this, len = data.length, processed = !1;
    for (let pos = 0; pos < len; ) {
      let take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        let dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = !0;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos), this.pos += take, pos += take, this.pos === blockLen && (this.process(view, 0), this.pos = 0, processed = !0);
    }
    return this.length += data.length, processed && this.roundClean(), this;
  }
  digestInto(out) {
    aexists(this), aoutput(out, this), this.finished = !0;
    let { buffer, view, blockLen, isLE } = this, { pos } = this;
    buffer[pos++] = 128, buffer.fill(0, pos), this.padOffset > blockLen - pos && (this.process(view, 0), buffer.fill(0)), setU64FromNum(view, blockLen - 8, this.length * 8, isLE), this.process(view, 0), this.roundClean();
    let oview = out === buffer ? view : createView(out), len = this.outputLen, outLen = len / 4, state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    let { buffer, outputLen } = this;
    this.digestInto(buffer);
    let res = buffer.slice(0, outputLen);
    return this.destroy(), res;
  }
  _cloneIntoMeta(to) {
    let { buffer, length, finished, destroyed, pos } = this;
    return to.destroyed = destroyed, to.finished = finished, to.length = length, to.pos = pos, pos && to.buffer.set(buffer), to;
  }
  clone() {
    return this._cloneInto();
  }
}, SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);
var SHA384_IV = /* @__PURE__ */ Uint32Array.from([
  3418070365,
  3238371032,
  1654270250,
  914150663,
  2438529370,
  812702999,
  355462360,
  4144912697,
  1731405415,
  4290775857,
  2394180231,
  1750603025,
  3675008525,
  1694076839,
  1203062813,
  3204075428
]), SHA512_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  4089235720,
  3144134277,
  2227873595,
  1013904242,
  4271175723,
  2773480762,
  1595750129,
  1359893119,
  2917565137,
  2600822924,
  725511199,
  528734635,
  4215389547,
  1541459225,
  327033209
]);

// node_modules/@noble/curves/node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]), SHA256_W = /* @__PURE__ */ new Uint32Array(64), SHA2_32B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, !1), this.A = IV[0] | 0, this.B = IV[1] | 0, this.C = IV[2] | 0, this.D = IV[3] | 0, this.E = IV[4] | 0, this.F = IV[5] | 0, this.G = IV[6] | 0, this.H = IV[7] | 0;
  }
  get() {
    let { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0, this.B = B | 0, this.C = C | 0, this.D = D | 0, this.E = E | 0, this.F = F | 0, this.G = G | 0, this.H = H | 0;
  }
  _cloneInto(to) {
    return (to ||= new this.constructor()).set(...this.get()), this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, !1);
    for (let i = 16; i < 64; i++) {
      let W15 = SHA256_W[i - 15], W2 = SHA256_W[i - 2], s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3, s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      let sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25), T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0, T2 = (rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22)) + Maj(A, B, C) | 0;
      H = G, G = F, F = E, E = D + T1 | 0, D = C, C = B, B = A, A = T1 + T2 | 0;
    }
    A = A + this.A | 0, B = B + this.B | 0, C = C + this.C | 0, D = D + this.D | 0, E = E + this.E | 0, F = F + this.F | 0, G = G + this.G | 0, H = H + this.H | 0, this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = !0, this.set(0, 0, 0, 0, 0, 0, 0, 0), clean(this.buffer);
  }
}, _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var K512 = split([
  "0x428a2f98d728ae22",
  "0x7137449123ef65cd",
  "0xb5c0fbcfec4d3b2f",
  "0xe9b5dba58189dbbc",
  "0x3956c25bf348b538",
  "0x59f111f1b605d019",
  "0x923f82a4af194f9b",
  "0xab1c5ed5da6d8118",
  "0xd807aa98a3030242",
  "0x12835b0145706fbe",
  "0x243185be4ee4b28c",
  "0x550c7dc3d5ffb4e2",
  "0x72be5d74f27b896f",
  "0x80deb1fe3b1696b1",
  "0x9bdc06a725c71235",
  "0xc19bf174cf692694",
  "0xe49b69c19ef14ad2",
  "0xefbe4786384f25e3",
  "0x0fc19dc68b8cd5b5",
  "0x240ca1cc77ac9c65",
  "0x2de92c6f592b0275",
  "0x4a7484aa6ea6e483",
  "0x5cb0a9dcbd41fbd4",
  "0x76f988da831153b5",
  "0x983e5152ee66dfab",
  "0xa831c66d2db43210",
  "0xb00327c898fb213f",
  "0xbf597fc7beef0ee4",
  "0xc6e00bf33da88fc2",
  "0xd5a79147930aa725",
  "0x06ca6351e003826f",
  "0x142929670a0e6e70",
  "0x27b70a8546d22ffc",
  "0x2e1b21385c26c926",
  "0x4d2c6dfc5ac42aed",
  "0x53380d139d95b3df",
  "0x650a73548baf63de",
  "0x766a0abb3c77b2a8",
  "0x81c2c92e47edaee6",
  "0x92722c851482353b",
  "0xa2bfe8a14cf10364",
  "0xa81a664bbc423001",
  "0xc24b8b70d0f89791",
  "0xc76c51a30654be30",
  "0xd192e819d6ef5218",
  "0xd69906245565a910",
  "0xf40e35855771202a",
  "0x106aa07032bbd1b8",
  "0x19a4c116b8d2d0c8",
  "0x1e376c085141ab53",
  "0x2748774cdf8eeb99",
  "0x34b0bcb5e19b48a8",
  "0x391c0cb3c5c95a63",
  "0x4ed8aa4ae3418acb",
  "0x5b9cca4f7763e373",
  "0x682e6ff3d6b2b8a3",
  "0x748f82ee5defb2fc",
  "0x78a5636f43172f60",
  "0x84c87814a1f0ab72",
  "0x8cc702081a6439ec",
  "0x90befffa23631e28",
  "0xa4506cebde82bde9",
  "0xbef9a3f7b2c67915",
  "0xc67178f2e372532b",
  "0xca273eceea26619c",
  "0xd186b8c721c0c207",
  "0xeada7dd6cde0eb1e",
  "0xf57d4f7fee6ed178",
  "0x06f067aa72176fba",
  "0x0a637dc5a2c898a6",
  "0x113f9804bef90dae",
  "0x1b710b35131c471b",
  "0x28db77f523047d84",
  "0x32caab7b40c72493",
  "0x3c9ebe0a15c9bebc",
  "0x431d67c49c100d4c",
  "0x4cc5d4becb3e42b6",
  "0x597f299cfc657e2a",
  "0x5fcb6fab3ad6faec",
  "0x6c44198c4a475817"
].map((n) => BigInt(n))), SHA512_Kh = K512[0], SHA512_Kl = K512[1], SHA512_W_H = /* @__PURE__ */ new Uint32Array(80), SHA512_W_L = /* @__PURE__ */ new Uint32Array(80), SHA2_64B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // h -- high 32 bits, l -- low 32 bits
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and slows hashing down (measured on sha256).
  Ah = 0;
  Al = 0;
  Bh = 0;
  Bl = 0;
  Ch = 0;
  Cl = 0;
  Dh = 0;
  Dl = 0;
  Eh = 0;
  El = 0;
  Fh = 0;
  Fl = 0;
  Gh = 0;
  Gl = 0;
  Hh = 0;
  Hl = 0;
  constructor(outputLen, IV) {
    super(128, outputLen, 16, !1), this.Ah = IV[0] | 0, this.Al = IV[1] | 0, this.Bh = IV[2] | 0, this.Bl = IV[3] | 0, this.Ch = IV[4] | 0, this.Cl = IV[5] | 0, this.Dh = IV[6] | 0, this.Dl = IV[7] | 0, this.Eh = IV[8] | 0, this.El = IV[9] | 0, this.Fh = IV[10] | 0, this.Fl = IV[11] | 0, this.Gh = IV[12] | 0, this.Gl = IV[13] | 0, this.Hh = IV[14] | 0, this.Hl = IV[15] | 0;
  }
  // prettier-ignore
  get() {
    let { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
    return [Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl];
  }
  // prettier-ignore
  set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl) {
    this.Ah = Ah | 0, this.Al = Al | 0, this.Bh = Bh | 0, this.Bl = Bl | 0, this.Ch = Ch | 0, this.Cl = Cl | 0, this.Dh = Dh | 0, this.Dl = Dl | 0, this.Eh = Eh | 0, this.El = El | 0, this.Fh = Fh | 0, this.Fl = Fl | 0, this.Gh = Gh | 0, this.Gl = Gl | 0, this.Hh = Hh | 0, this.Hl = Hl | 0;
  }
  _cloneInto(to) {
    return (to ||= new this.constructor()).set(...this.get()), this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA512_W_H[i] = view.getUint32(offset), SHA512_W_L[i] = view.getUint32(offset += 4);
    for (let i = 16; i < 80; i++) {
      let W15h = SHA512_W_H[i - 15] | 0, W15l = SHA512_W_L[i - 15] | 0, s0h = rotrSH(W15h, W15l, 1) ^ rotrSH(W15h, W15l, 8) ^ shrSH(W15h, W15l, 7), s0l = rotrSL(W15h, W15l, 1) ^ rotrSL(W15h, W15l, 8) ^ shrSL(W15h, W15l, 7), W2h = SHA512_W_H[i - 2] | 0, W2l = SHA512_W_L[i - 2] | 0, s1h = rotrSH(W2h, W2l, 19) ^ rotrBH(W2h, W2l, 61) ^ shrSH(W2h, W2l, 6), s1l = rotrSL(W2h, W2l, 19) ^ rotrBL(W2h, W2l, 61) ^ shrSL(W2h, W2l, 6), SUMl = add4L(s0l, s1l, SHA512_W_L[i - 7], SHA512_W_L[i - 16]), SUMh = add4H(SUMl, s0h, s1h, SHA512_W_H[i - 7], SHA512_W_H[i - 16]);
      SHA512_W_H[i] = SUMh | 0, SHA512_W_L[i] = SUMl | 0;
    }
    let { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
    for (let i = 0; i < 80; i++) {
      let sigma1h = rotrSH(Eh, El, 14) ^ rotrSH(Eh, El, 18) ^ rotrBH(Eh, El, 41), sigma1l = rotrSL(Eh, El, 14) ^ rotrSL(Eh, El, 18) ^ rotrBL(Eh, El, 41), CHIh = Eh & Fh ^ ~Eh & Gh, CHIl = El & Fl ^ ~El & Gl, T1ll = add5L(Hl, sigma1l, CHIl, SHA512_Kl[i], SHA512_W_L[i]), T1h = add5H(T1ll, Hh, sigma1h, CHIh, SHA512_Kh[i], SHA512_W_H[i]), T1l = T1ll | 0, sigma0h = rotrSH(Ah, Al, 28) ^ rotrBH(Ah, Al, 34) ^ rotrBH(Ah, Al, 39), sigma0l = rotrSL(Ah, Al, 28) ^ rotrBL(Ah, Al, 34) ^ rotrBL(Ah, Al, 39), MAJh = Ah & Bh ^ Ah & Ch ^ Bh & Ch, MAJl = Al & Bl ^ Al & Cl ^ Bl & Cl;
      Hh = Gh | 0, Hl = Gl | 0, Gh = Fh | 0, Gl = Fl | 0, Fh = Eh | 0, Fl = El | 0, { h: Eh, l: El } = add(Dh | 0, Dl | 0, T1h | 0, T1l | 0), Dh = Ch | 0, Dl = Cl | 0, Ch = Bh | 0, Cl = Bl | 0, Bh = Ah | 0, Bl = Al | 0;
      let All = add3L(T1l, sigma0l, MAJl);
      Ah = add3H(All, T1h, sigma0h, MAJh), Al = All | 0;
    }
    ({ h: Ah, l: Al } = add(this.Ah | 0, this.Al | 0, Ah | 0, Al | 0)), { h: Bh, l: Bl } = add(this.Bh | 0, this.Bl | 0, Bh | 0, Bl | 0), { h: Ch, l: Cl } = add(this.Ch | 0, this.Cl | 0, Ch | 0, Cl | 0), { h: Dh, l: Dl } = add(this.Dh | 0, this.Dl | 0, Dh | 0, Dl | 0), { h: Eh, l: El } = add(this.Eh | 0, this.El | 0, Eh | 0, El | 0), { h: Fh, l: Fl } = add(this.Fh | 0, this.Fl | 0, Fh | 0, Fl | 0), { h: Gh, l: Gl } = add(this.Gh | 0, this.Gl | 0, Gh | 0, Gl | 0), { h: Hh, l: Hl } = add(this.Hh | 0, this.Hl | 0, Hh | 0, Hl | 0), this.set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl);
  }
  roundClean() {
    clean(SHA512_W_H, SHA512_W_L);
  }
  destroy() {
    this.destroyed = !0, clean(this.buffer), this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}, _SHA512 = class extends SHA2_64B {
  constructor() {
    super(64, SHA512_IV);
  }
}, _SHA384 = class extends SHA2_64B {
  constructor() {
    super(48, SHA384_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);
var sha512 = /* @__PURE__ */ createHasher(
  () => new _SHA512(),
  /* @__PURE__ */ oidNist(3)
), sha384 = /* @__PURE__ */ createHasher(
  () => new _SHA384(),
  /* @__PURE__ */ oidNist(2)
);

// node_modules/@noble/curves/ed25519.js
var _1n5 = /* @__PURE__ */ BigInt(1), _2n3 = /* @__PURE__ */ BigInt(2);
var _5n2 = /* @__PURE__ */ BigInt(5), _8n3 = /* @__PURE__ */ BigInt(8), ed25519_CURVE_p = /* @__PURE__ */ BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"), ed25519_CURVE = {
  p: ed25519_CURVE_p,
  n: BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),
  h: _8n3,
  a: BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),
  d: BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),
  Gx: BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),
  Gy: BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")
};
function ed25519_pow_2_252_3(x) {
  let _10n = BigInt(10), _20n = BigInt(20), _40n = BigInt(40), _80n = BigInt(80), P = ed25519_CURVE_p, b2 = x * x % P * x % P, b4 = pow2(b2, _2n3, P) * b2 % P, b5 = pow2(b4, _1n5, P) * x % P, b10 = pow2(b5, _5n2, P) * b5 % P, b20 = pow2(b10, _10n, P) * b10 % P, b40 = pow2(b20, _20n, P) * b20 % P, b80 = pow2(b40, _40n, P) * b40 % P, b160 = pow2(b80, _80n, P) * b80 % P, b240 = pow2(b160, _80n, P) * b80 % P, b250 = pow2(b240, _10n, P) * b10 % P;
  return { pow_p_5_8: pow2(b250, _2n3, P) * x % P, b2 };
}
function adjustScalarBytes(bytes) {
  return bytes[0] &= 248, bytes[31] &= 127, bytes[31] |= 64, bytes;
}
var ED25519_SQRT_M1 = /* @__PURE__ */ BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");
function uvRatio(u, v) {
  let P = ed25519_CURVE_p, v3 = mod(v * v * v, P), v7 = mod(v3 * v3 * v, P), pow3 = ed25519_pow_2_252_3(u * v7).pow_p_5_8, x = mod(u * v3 * pow3, P), vx2 = mod(v * x * x, P), root1 = x, root2 = mod(x * ED25519_SQRT_M1, P), useRoot1 = vx2 === u, useRoot2 = vx2 === mod(-u, P), noRoot = vx2 === mod(-u * ED25519_SQRT_M1, P);
  return useRoot1 && (x = root1), (useRoot2 || noRoot) && (x = root2), isNegativeLE(x, P) && (x = mod(-x, P)), { isValid: useRoot1 || useRoot2, value: x };
}
var ed25519_Point = /* @__PURE__ */ edwards(ed25519_CURVE, { uvRatio }), Fp = ed25519_Point.Fp;
function toMontgomery(point) {
  let { y } = point;
  return Fp.toBytes(Fp.div(_1n5 + y, _1n5 - y));
}
function toMontgomerySecret(secretKey) {
  let size = ed25519_Point.Fp.BYTES;
  return abytes(secretKey, size), adjustScalarBytes(sha512(secretKey.subarray(0, size))).subarray(0, size);
}
function ed(opts) {
  return eddsa(ed25519_Point, sha512, Object.assign({ adjustScalarBytes, toMontgomery, toMontgomerySecret, zip215: !0 }, opts));
}
var ed25519 = /* @__PURE__ */ ed({});

// node_modules/@noble/curves/node_modules/@noble/hashes/hmac.js
var _HMAC = class {
  oHash;
  iHash;
  blockLen;
  outputLen;
  canXOF = !1;
  finished = !1;
  destroyed = !1;
  constructor(hash, key) {
    if (ahash(hash), abytes(key, void 0, "key"), this.iHash = hash.create(), typeof this.iHash.update != "function")
      throw new Error("expected Hash instance");
    this.blockLen = this.iHash.blockLen, this.outputLen = this.iHash.outputLen;
    let blockLen = this.blockLen, pad = new Uint8Array(blockLen);
    pad.set(key.length > blockLen ? hash.create().update(key).digest() : key);
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 54;
    this.iHash.update(pad), this.oHash = hash.create();
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 106;
    this.oHash.update(pad), clean(pad);
  }
  update(buf) {
    return aexists(this), this.iHash.update(buf), this;
  }
  digestInto(out) {
    aexists(this), aoutput(out, this), this.finished = !0;
    let buf = out.subarray(0, this.outputLen);
    this.iHash.digestInto(buf), this.oHash.update(buf), this.oHash.digestInto(buf), this.destroy();
  }
  digest() {
    let out = new Uint8Array(this.oHash.outputLen);
    return this.digestInto(out), out;
  }
  _cloneInto(to) {
    to ||= Object.create(Object.getPrototypeOf(this), {});
    let { oHash, iHash, finished, destroyed, blockLen, outputLen, canXOF } = this;
    return to = to, to.finished = finished, to.destroyed = destroyed, to.blockLen = blockLen, to.outputLen = outputLen, to.canXOF = canXOF, to.oHash = oHash._cloneInto(to.oHash), to.iHash = iHash._cloneInto(to.iHash), to;
  }
  clone() {
    return this._cloneInto();
  }
  destroy() {
    this.destroyed = !0, this.oHash.destroy(), this.iHash.destroy();
  }
}, hmac = /* @__PURE__ */ (() => {
  let hmac_ = ((hash, key, message) => new _HMAC(hash, key).update(message).digest());
  return hmac_.create = (hash, key) => new _HMAC(hash, key), hmac_;
})();

// node_modules/@noble/curves/abstract/der.js
var _0n5 = /* @__PURE__ */ BigInt(0), DERErr = class extends Error {
  constructor(m = "") {
    super(m);
  }
}, _DER = {
  // asn.1 DER encoding utils
  Err: DERErr,
  // Basic building block is TLV (Tag-Length-Value)
  _tlv: {
    encode: (tag, data) => {
      let { Err: E } = _DER;
      if (asafenumber(tag, "tag"), tag < 0 || tag > 255)
        throw new E("tlv.encode: wrong tag");
      if (astring(data, "data"), data.length & 1)
        throw new E("tlv.encode: unpadded data");
      let dataLen = data.length / 2, len = numberToHexUnpadded(dataLen);
      if (len.length / 2 & 128)
        throw new E("tlv.encode: long form length too big");
      let lenLen = dataLen > 127 ? numberToHexUnpadded(len.length / 2 | 128) : "";
      return numberToHexUnpadded(tag) + lenLen + len + data;
    },
    // v - value, l - left bytes (unparsed)
    decode(tag, data) {
      let { Err: E } = _DER;
      data = abytes2(data, void 0, "DER data");
      let pos = 0;
      if (tag < 0 || tag > 255)
        throw new E("tlv.decode: wrong tag");
      if (data.length < 2 || data[pos++] !== tag)
        throw new E("tlv.decode: wrong tlv");
      let first = data[pos++], isLong = !!(first & 128), length = 0;
      if (!isLong)
        length = first;
      else {
        let lenLen = first & 127;
        if (!lenLen)
          throw new E("tlv.decode(long): indefinite length not supported");
        if (lenLen > 4)
          throw new E("tlv.decode(long): byte length is too big");
        let lengthBytes = data.subarray(pos, pos + lenLen);
        if (lengthBytes.length !== lenLen)
          throw new E("tlv.decode: length bytes not complete");
        if (lengthBytes[0] === 0)
          throw new E("tlv.decode(long): zero leftmost byte");
        for (let b of lengthBytes)
          length = length << 8 | b;
        if (pos += lenLen, length < 128)
          throw new E("tlv.decode(long): not minimal encoding");
      }
      let v = data.subarray(pos, pos + length);
      if (v.length !== length)
        throw new E("tlv.decode: wrong value length");
      return { v, l: data.subarray(pos + length) };
    }
  },
  // https://crypto.stackexchange.com/a/57734 Leftmost bit of first byte is 'negative' flag,
  // since we always use positive integers here. It must always be empty:
  // - add zero byte if exists
  // - if next byte doesn't have a flag, leading zero is not allowed (minimal encoding)
  _int: {
    encode(num) {
      let { Err: E } = _DER;
      if (abignumber(num), num < _0n5)
        throw new E("integer: negative integers are not allowed");
      let hex = numberToHexUnpadded(num);
      if (Number.parseInt(hex[0], 16) & 8 && (hex = "00" + hex), hex.length & 1)
        throw new E("unexpected DER parsing assertion: unpadded hex");
      return hex;
    },
    decode(data) {
      let { Err: E } = _DER;
      if (data.length < 1)
        throw new E("invalid signature integer: empty");
      if (data[0] & 128)
        throw new E("invalid signature integer: negative");
      if (data.length > 1 && data[0] === 0 && !(data[1] & 128))
        throw new E("invalid signature integer: unnecessary leading zero");
      return bytesToNumberBE(data);
    }
  },
  toSig(bytes, maxScalarBytes) {
    let { Err: E, _int: int, _tlv: tlv } = _DER;
    if (maxScalarBytes !== void 0 && (asafenumber(maxScalarBytes, "maxScalarBytes"), maxScalarBytes < 1))
      throw new E("invalid signature: maxScalarBytes must be positive");
    let data = abytes2(bytes, void 0, "signature"), { v: seqBytes, l: seqLeftBytes } = tlv.decode(48, data);
    if (seqLeftBytes.length)
      throw new E("invalid signature: left bytes after parsing");
    let { v: rBytes, l: rLeftBytes } = tlv.decode(2, seqBytes), { v: sBytes, l: sLeftBytes } = tlv.decode(2, rLeftBytes);
    if (sLeftBytes.length)
      throw new E("invalid signature: left bytes after parsing");
    if (maxScalarBytes !== void 0 && (rBytes.length > maxScalarBytes || sBytes.length > maxScalarBytes))
      throw new E("invalid signature: integer too large");
    return { r: int.decode(rBytes), s: int.decode(sBytes) };
  },
  hexFromSig(sig) {
    let { _tlv: tlv, _int: int } = _DER;
    validateObject(sig, { r: "bigint", s: "bigint" }, {}, "sig");
    let rs = tlv.encode(2, int.encode(sig.r)), ss = tlv.encode(2, int.encode(sig.s)), seq = rs + ss;
    return tlv.encode(48, seq);
  }
}, DER = (Object.freeze(_DER._tlv), Object.freeze(_DER._int), Object.freeze(_DER));

// node_modules/@noble/curves/abstract/weierstrass.js
var divNearest = (num, den) => (num + (num >= 0 ? den : -den) / _2n4) / den;
function _splitEndoScalar(k, basis, n) {
  aInRange("scalar", k, _0n6, n);
  let [[a1, b1], [a2, b2]] = basis, c1 = divNearest(b2 * k, n), c2 = divNearest(-b1 * k, n), k1 = k - c1 * a1 - c2 * a2, k2 = -c1 * b1 - c2 * b2, k1neg = k1 < _0n6, k2neg = k2 < _0n6;
  k1neg && (k1 = -k1), k2neg && (k2 = -k2);
  let MAX_NUM = bitMask(Math.ceil(bitLen(n) / 2)) + _1n6;
  if (k1 < _0n6 || k1 >= MAX_NUM || k2 < _0n6 || k2 >= MAX_NUM)
    throw new Error("splitScalar (endomorphism): failed for k");
  return { k1neg, k1, k2neg, k2 };
}
function validateSigFormat(format) {
  if (!["compact", "recovered", "der"].includes(format))
    throw new Error('Signature format must be "compact", "recovered", or "der"');
  return format;
}
function validateSigOpts(opts, def) {
  validateObject(opts);
  let optsn = {};
  for (let optName of Object.keys(def))
    optsn[optName] = opts[optName] === void 0 ? def[optName] : opts[optName];
  return abool(optsn.lowS, "lowS"), abool(optsn.prehash, "prehash"), optsn.format !== void 0 && validateSigFormat(optsn.format), optsn;
}
var _0n6 = /* @__PURE__ */ BigInt(0), _1n6 = /* @__PURE__ */ BigInt(1), _2n4 = /* @__PURE__ */ BigInt(2), _3n2 = /* @__PURE__ */ BigInt(3), _4n4 = /* @__PURE__ */ BigInt(4);
function weierstrass(params, extraOpts = {}) {
  let validated = createCurveFields("weierstrass", params, extraOpts), Fp2 = validated.Fp, Fn = validated.Fn, CURVE = validated.CURVE, { h: cofactor, n: CURVE_ORDER } = CURVE;
  validateObject(extraOpts, {}, {
    allowInfinityPoint: "boolean",
    clearCofactor: "function",
    isTorsionFree: "function",
    fromBytes: "function",
    toBytes: "function",
    endo: "object",
    randomBytes: "function"
  });
  let { endo: endoOpts, allowInfinityPoint, clearCofactor, isTorsionFree, fromBytes, toBytes } = extraOpts, randomBytes3 = extraOpts.randomBytes === void 0 ? randomBytes2 : extraOpts.randomBytes;
  if (endoOpts && (!Fp2.is0(CURVE.a) || typeof endoOpts.beta != "bigint" || !Array.isArray(endoOpts.basises)))
    throw new Error('invalid endo: expected "beta": bigint and "basises": array');
  let endo = endoOpts ? {
    beta: endoOpts.beta,
    basises: endoOpts.basises.map((basis) => [...basis])
  } : void 0, lengths = getWLengths(Fp2, Fn);
  function assertCompressionIsSupported() {
    if (!Fp2.isOdd)
      throw new Error("compression is not supported: Field does not have .isOdd()");
  }
  function pointToBytes(_c, point, isCompressed) {
    if (point.is0()) {
      if (!allowInfinityPoint)
        throw new Error("bad point: ZERO");
      return Uint8Array.of(0);
    }
    let { x, y } = point.toAffine(), bx = Fp2.toBytes(x);
    if (abool(isCompressed, "isCompressed"), isCompressed) {
      assertCompressionIsSupported();
      let hasEvenY = !Fp2.isOdd(y);
      return concatBytes2(pprefix(hasEvenY), bx);
    } else
      return concatBytes2(Uint8Array.of(4), bx, Fp2.toBytes(y));
  }
  function pointFromBytes(bytes) {
    abytes2(bytes, void 0, "Point");
    let { publicKey: comp, publicKeyUncompressed: uncomp } = lengths, length = bytes.length, head = bytes[0], tail = bytes.subarray(1);
    if (allowInfinityPoint && length === 1 && head === 0)
      return { x: Fp2.ZERO, y: Fp2.ZERO };
    if (length === comp && (head === 2 || head === 3)) {
      let x = Fp2.fromBytes(tail);
      if (!Fp2.isValid(x))
        throw new Error("bad point: is not on curve, wrong x");
      let y2 = weierstrassEquation(x), y;
      try {
        y = Fp2.sqrt(y2);
      } catch (sqrtError) {
        let err = sqrtError instanceof Error ? ": " + sqrtError.message : "";
        throw new Error("bad point: is not on curve, sqrt error" + err);
      }
      assertCompressionIsSupported();
      let evenY = Fp2.isOdd(y);
      return (head & 1) === 1 !== evenY && (y = Fp2.neg(y)), { x, y };
    } else if (length === uncomp && head === 4) {
      let L = Fp2.BYTES, x = Fp2.fromBytes(tail.subarray(0, L)), y = Fp2.fromBytes(tail.subarray(L, L * 2));
      if (!isValidXY(x, y))
        throw new Error("bad point: is not on curve");
      return { x, y };
    } else
      throw new Error(`bad point: got length ${length}, expected compressed=${comp} or uncompressed=${uncomp}`);
  }
  let encodePoint = toBytes === void 0 ? pointToBytes : toBytes, decodePoint = fromBytes === void 0 ? pointFromBytes : fromBytes, b3 = Fp2.mul(CURVE.b, _3n2), mulA = Fp2.is0(CURVE.a) ? (_) => Fp2.ZERO : (x) => Fp2.mul(CURVE.a, x);
  function weierstrassEquation(x) {
    let x2 = Fp2.sqr(x), x3 = Fp2.mul(x2, x);
    return Fp2.add(Fp2.add(x3, Fp2.mul(x, CURVE.a)), CURVE.b);
  }
  function isValidXY(x, y) {
    let left = Fp2.sqr(y), right = weierstrassEquation(x);
    return Fp2.eql(left, right);
  }
  if (!isValidXY(CURVE.Gx, CURVE.Gy))
    throw new Error("bad curve params: generator point");
  let _4a3 = Fp2.mul(Fp2.pow(CURVE.a, _3n2), _4n4), _27b2 = Fp2.mul(Fp2.sqr(CURVE.b), BigInt(27));
  if (Fp2.is0(Fp2.add(_4a3, _27b2)))
    throw new Error("bad curve params: a or b");
  function acoord(title, n, banZero = !1) {
    if (!Fp2.isValid(n) || banZero && Fp2.is0(n))
      throw new Error(`bad point coordinate ${title}`);
    return typeof n == "object" && n !== null ? Fp2.create(n) : n;
  }
  function aprjpoint(other) {
    if (!(other instanceof Point))
      throw new Error("Weierstrass Point expected");
  }
  function splitEndoScalarN(k) {
    if (!endo || !endo.basises)
      throw new Error("no endo");
    return _splitEndoScalar(k, endo.basises, Fn.ORDER);
  }
  function pushWnafPair(points, scalars, p, k) {
    if (!Fn.isValid(k))
      throw new RangeError("invalid scalar: out of range");
    if (endo) {
      let { k1neg, k1, k2neg, k2 } = splitEndoScalarN(k), psi = new Point(Fp2.mul(p.X, endo.beta), p.Y, p.Z);
      points.push(k1neg ? p.negate() : p, k2neg ? psi.negate() : psi), scalars.push(k1, k2);
    } else
      points.push(p), scalars.push(k);
  }
  let validityCache = /* @__PURE__ */ new WeakSet();
  class Point {
    static BASE = new Point(CURVE.Gx, CURVE.Gy, Fp2.ONE);
    static ZERO = new Point(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
    static Fp = Fp2;
    static Fn = Fn;
    X;
    Y;
    Z;
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    constructor(X, Y, Z) {
      this.X = acoord("x", X), this.Y = acoord("y", Y, !0), this.Z = acoord("z", Z), Object.freeze(this);
    }
    static CURVE() {
      return CURVE;
    }
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    static fromAffine(p) {
      let { x, y } = p || {};
      if (!p || !Fp2.isValid(x) || !Fp2.isValid(y))
        throw new Error("invalid affine point");
      if (p instanceof Point)
        throw new Error("projective point not allowed");
      return Fp2.is0(x) && Fp2.is0(y) ? Point.ZERO : new Point(x, y, Fp2.ONE);
    }
    static fromBytes(bytes) {
      let P = Point.fromAffine(decodePoint(abytes2(bytes, void 0, "point")));
      return P.assertValidity(), P;
    }
    static fromHex(hex) {
      return Point.fromBytes(hexToBytes2(hex));
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    /**
     * @param isLazy - true will defer table computation until the first multiplication
     */
    precompute(windowSize = 6, isLazy = !0) {
      return wnaf.setWindowSize(this, windowSize), isLazy || this.multiply(_3n2), this;
    }
    // TODO: return `this`
    /** A point on curve is valid if it conforms to equation. */
    assertValidity() {
      let p = this;
      if (p.is0()) {
        if (allowInfinityPoint && Fp2.is0(p.X) && Fp2.eql(p.Y, Fp2.ONE) && Fp2.is0(p.Z))
          return;
        throw new Error("bad point: ZERO");
      }
      if (validityCache.has(p))
        return;
      let { x, y } = p.toAffine();
      if (!Fp2.isValid(x) || !Fp2.isValid(y))
        throw new Error("bad point: x or y not field elements");
      if (!isValidXY(x, y))
        throw new Error("bad point: equation left != right");
      if (!p.isTorsionFree())
        throw new Error("bad point: not in prime-order subgroup");
      validityCache.add(p);
    }
    hasEvenY() {
      let { y } = this.toAffine();
      if (!Fp2.isOdd)
        throw new Error("Field doesn't support isOdd");
      return !Fp2.isOdd(y);
    }
    /** Compare one point to another. */
    equals(other) {
      aprjpoint(other);
      let { X: X1, Y: Y1, Z: Z1 } = this, { X: X2, Y: Y2, Z: Z2 } = other, U1 = Fp2.eql(Fp2.mul(X1, Z2), Fp2.mul(X2, Z1)), U2 = Fp2.eql(Fp2.mul(Y1, Z2), Fp2.mul(Y2, Z1));
      return U1 && U2;
    }
    /** Flips point to one corresponding to (x, -y) in Affine coordinates. */
    negate() {
      return new Point(this.X, Fp2.neg(this.Y), this.Z);
    }
    // Renes-Costello-Batina exception-free doubling formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 3
    // Cost: 8M + 3S + 3*a + 2*b3 + 15add.
    double() {
      let { X: X1, Y: Y1, Z: Z1 } = this, X3 = Fp2.ZERO, Y3 = Fp2.ZERO, Z3 = Fp2.ZERO, t0 = Fp2.mul(X1, X1), t1 = Fp2.mul(Y1, Y1), t2 = Fp2.mul(Z1, Z1), t3 = Fp2.mul(X1, Y1);
      return t3 = Fp2.add(t3, t3), Z3 = Fp2.mul(X1, Z1), Z3 = Fp2.add(Z3, Z3), X3 = mulA(Z3), Y3 = Fp2.mul(b3, t2), Y3 = Fp2.add(X3, Y3), X3 = Fp2.sub(t1, Y3), Y3 = Fp2.add(t1, Y3), Y3 = Fp2.mul(X3, Y3), X3 = Fp2.mul(t3, X3), Z3 = Fp2.mul(b3, Z3), t2 = mulA(t2), t3 = Fp2.sub(t0, t2), t3 = mulA(t3), t3 = Fp2.add(t3, Z3), Z3 = Fp2.add(t0, t0), t0 = Fp2.add(Z3, t0), t0 = Fp2.add(t0, t2), t0 = Fp2.mul(t0, t3), Y3 = Fp2.add(Y3, t0), t2 = Fp2.mul(Y1, Z1), t2 = Fp2.add(t2, t2), t0 = Fp2.mul(t2, t3), X3 = Fp2.sub(X3, t0), Z3 = Fp2.mul(t2, t1), Z3 = Fp2.add(Z3, Z3), Z3 = Fp2.add(Z3, Z3), new Point(X3, Y3, Z3);
    }
    // Renes-Costello-Batina exception-free addition formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 1
    // Cost: 12M + 0S + 3*a + 3*b3 + 23add.
    add(other) {
      aprjpoint(other);
      let { X: X1, Y: Y1, Z: Z1 } = this, { X: X2, Y: Y2, Z: Z2 } = other, X3 = Fp2.ZERO, Y3 = Fp2.ZERO, Z3 = Fp2.ZERO, t0 = Fp2.mul(X1, X2), t1 = Fp2.mul(Y1, Y2), t2 = Fp2.mul(Z1, Z2), t3 = Fp2.add(X1, Y1), t4 = Fp2.add(X2, Y2);
      t3 = Fp2.mul(t3, t4), t4 = Fp2.add(t0, t1), t3 = Fp2.sub(t3, t4), t4 = Fp2.add(X1, Z1);
      let t5 = Fp2.add(X2, Z2);
      return t4 = Fp2.mul(t4, t5), t5 = Fp2.add(t0, t2), t4 = Fp2.sub(t4, t5), t5 = Fp2.add(Y1, Z1), X3 = Fp2.add(Y2, Z2), t5 = Fp2.mul(t5, X3), X3 = Fp2.add(t1, t2), t5 = Fp2.sub(t5, X3), Z3 = mulA(t4), X3 = Fp2.mul(b3, t2), Z3 = Fp2.add(X3, Z3), X3 = Fp2.sub(t1, Z3), Z3 = Fp2.add(t1, Z3), Y3 = Fp2.mul(X3, Z3), t1 = Fp2.add(t0, t0), t1 = Fp2.add(t1, t0), t2 = mulA(t2), t4 = Fp2.mul(b3, t4), t1 = Fp2.add(t1, t2), t2 = Fp2.sub(t0, t2), t2 = mulA(t2), t4 = Fp2.add(t4, t2), t0 = Fp2.mul(t1, t4), Y3 = Fp2.add(Y3, t0), t0 = Fp2.mul(t5, t4), X3 = Fp2.mul(t3, X3), X3 = Fp2.sub(X3, t0), t0 = Fp2.mul(t3, t1), Z3 = Fp2.mul(t5, Z3), Z3 = Fp2.add(Z3, t0), new Point(X3, Y3, Z3);
    }
    subtract(other) {
      return aprjpoint(other), this.add(other.negate());
    }
    is0() {
      return this.equals(Point.ZERO);
    }
    /**
     * Constant time multiplication.
     * Uses precomputed tables (signed fixed-window wNAF) when available.
     * Uses scalar blinding and avoids endomorphism splitting in the secret-scalar path.
     * @param scalar - by which the point would be multiplied
     * @returns New point
     */
    multiply(scalar) {
      if (!Fn.isValidNot0(scalar))
        throw new RangeError("invalid scalar: out of range");
      let { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
      return normalize([p, f])[0];
    }
    /**
     * Non-constant-time multiplication. Uses width-4 wNAF with GLV endomorphism splitting
     * when available (two half-width scalars sharing one halved doubling chain).
     * It's faster, but should only be used when you don't care about
     * an exposed secret key e.g. sig verification, which works over *public* keys.
     */
    multiplyUnsafe(scalar) {
      let p = this, sc = scalar;
      if (!Fn.isValid(sc))
        throw new RangeError("invalid scalar: out of range");
      if (sc === _0n6 || p.is0())
        return Point.ZERO;
      if (sc === _1n6)
        return p;
      if (wnaf.hasWindowSize(this))
        return wnaf.mulUnsafe(p, sc, normalize);
      let points = [], scalars = [];
      return pushWnafPair(points, scalars, p, sc), mulAddUnsafe(Point, points, scalars);
    }
    /**
     * Non-constant-time double-scalar multiplication `a⋅this + b⋅other` (Strauss–Shamir).
     * Both walks share one doubling chain via {@link mulAddUnsafe}, and GLV endomorphism
     * (when available) halves the chain again by splitting each scalar into two half-width
     * parts. Used by ECDSA verification and public-key recovery for `R = u1⋅G + u2⋅P`.
     * Only for public scalars.
     */
    mulAddUnsafe(a, other, b) {
      aprjpoint(other);
      let points = [], scalars = [];
      return pushWnafPair(points, scalars, this, a), pushWnafPair(points, scalars, other, b), mulAddUnsafe(Point, points, scalars);
    }
    /**
     * Converts Projective point to affine (x, y) coordinates.
     * (X, Y, Z) ∋ (x=X/Z, y=Y/Z).
     * @param invertedZ - Z^-1 (inverted zero) - optional, precomputation is useful for invertBatch
     */
    toAffine(invertedZ) {
      let p = this, iz = invertedZ;
      if (iz != null && !Fp2.isValid(iz))
        throw new RangeError('"invertedZ" expected valid field element');
      let { X, Y, Z } = p;
      if (Fp2.eql(Z, Fp2.ONE))
        return { x: X, y: Y };
      let is0 = p.is0();
      iz == null && (iz = is0 ? Fp2.ONE : Fp2.inv(Z));
      let x = Fp2.mul(X, iz), y = Fp2.mul(Y, iz), zz = Fp2.mul(Z, iz);
      if (is0)
        return { x: Fp2.ZERO, y: Fp2.ZERO };
      if (!Fp2.eql(zz, Fp2.ONE))
        throw new Error("invZ was invalid");
      return { x, y };
    }
    /**
     * Checks whether Point is free of torsion elements (is in prime subgroup).
     * Always torsion-free for cofactor=1 curves.
     */
    isTorsionFree() {
      return cofactor === _1n6 ? !0 : isTorsionFree ? isTorsionFree(Point, this) : wnaf.mulUnsafe(this, CURVE_ORDER).is0();
    }
    clearCofactor() {
      return cofactor === _1n6 ? this : clearCofactor ? clearCofactor(Point, this) : this.multiplyUnsafe(cofactor);
    }
    isSmallOrder() {
      return cofactor === _1n6 ? this.is0() : this.clearCofactor().is0();
    }
    toBytes(isCompressed = !0) {
      return abool(isCompressed, "isCompressed"), this.assertValidity(), encodePoint(Point, this, isCompressed);
    }
    toHex(isCompressed = !0) {
      return bytesToHex2(this.toBytes(isCompressed));
    }
    toString() {
      return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
    }
  }
  let normalize = (points) => normalizeZ(Point, points), wnaf = new ScalarMultiplier(Point, randomBytes3);
  return wnaf.bits >= 6 && Point.BASE.precompute(6), Object.freeze(Point.prototype), Object.freeze(Point), Point;
}
function pprefix(hasEvenY) {
  return Uint8Array.of(hasEvenY ? 2 : 3);
}
function getWLengths(Fp2, Fn) {
  return {
    secretKey: Fn.BYTES,
    publicKey: 1 + Fp2.BYTES,
    publicKeyUncompressed: 1 + 2 * Fp2.BYTES,
    publicKeyHasPrefix: !0,
    // Raw compact `(r || s)` signature width; DER and recovered signatures use
    // different lengths outside this helper.
    signature: 2 * Fn.BYTES
  };
}
function ecdh(Point, ecdhOpts = {}) {
  validatePointCons(Point);
  let { Fn } = Point, randomBytes_ = ecdhOpts.randomBytes === void 0 ? randomBytes2 : ecdhOpts.randomBytes, lengths = Object.assign(getWLengths(Point.Fp, Fn), {
    seed: Math.max(getMinHashLength(Fn.ORDER), 16)
  });
  function isValidSecretKey(secretKey) {
    try {
      let num = Fn.fromBytes(secretKey);
      return Fn.isValidNot0(num);
    } catch {
      return !1;
    }
  }
  function isValidPublicKey(publicKey, isCompressed) {
    let { publicKey: comp, publicKeyUncompressed } = lengths;
    try {
      let l = publicKey.length;
      return isCompressed === !0 && l !== comp || isCompressed === !1 && l !== publicKeyUncompressed ? !1 : !Point.fromBytes(publicKey).is0();
    } catch {
      return !1;
    }
  }
  function randomSecretKey(seed) {
    return seed = seed === void 0 ? randomBytes_(lengths.seed) : seed, mapHashToField(abytes2(seed, lengths.seed, "seed"), Fn.ORDER);
  }
  function getPublicKey(secretKey, isCompressed = !0) {
    return Point.BASE.multiply(Fn.fromBytes(secretKey)).toBytes(isCompressed);
  }
  function isProbPub(item) {
    let { secretKey, publicKey, publicKeyUncompressed } = lengths, allowedLengths = Fn._lengths;
    if (!isBytes2(item))
      return;
    let l = abytes2(item, void 0, "key").length, isPub = l === publicKey || l === publicKeyUncompressed, isSec = l === secretKey || !!allowedLengths?.includes(l);
    if (!(isPub && isSec))
      return isPub;
  }
  function getSharedSecret(secretKeyA, publicKeyB, isCompressed = !0) {
    if (isProbPub(secretKeyA) === !0)
      throw new Error("first arg must be private key");
    if (isProbPub(publicKeyB) === !1)
      throw new Error("second arg must be public key");
    let s = Fn.fromBytes(secretKeyA), b = Point.fromBytes(publicKeyB);
    if (b.is0())
      throw new Error("invalid public key: point at infinity");
    return b.multiply(s).toBytes(isCompressed);
  }
  let utils = {
    isValidSecretKey,
    isValidPublicKey,
    randomSecretKey
  }, keygen = createKeygen(randomSecretKey, getPublicKey);
  return Object.freeze(utils), Object.freeze(lengths), Object.freeze({ getPublicKey, getSharedSecret, keygen, Point, utils, lengths });
}
function ecdsa(Point, hash, ecdsaOpts = {}) {
  validatePointCons(Point);
  let hash_ = hash;
  ahash(hash_), validateObject(ecdsaOpts, {}, {
    hmac: "function",
    lowS: "boolean",
    randomBytes: "function",
    bits2int: "function",
    bits2int_modN: "function"
  });
  let opts = Object.assign({}, ecdsaOpts), randomBytes3 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes, hmac2 = opts.hmac === void 0 ? (key, msg) => hmac(hash_, key, msg) : opts.hmac, { Fp: Fp2, Fn } = Point, { ORDER: CURVE_ORDER, BITS: fnBits } = Fn, blindLength = getMinHashLength(CURVE_ORDER), csprng = probeRandomBytes(randomBytes3, blindLength), { keygen, getPublicKey, getSharedSecret, utils, lengths } = ecdh(Point, opts), defaultSigOpts = {
    prehash: !0,
    lowS: typeof opts.lowS == "boolean" ? opts.lowS : !0,
    format: "compact",
    extraEntropy: !1
  }, hasLargeRecoveryLifts = CURVE_ORDER * _2n4 + _1n6 < Fp2.ORDER;
  function isBiggerThanHalfOrder(number) {
    let HALF = CURVE_ORDER >> _1n6;
    return number > HALF;
  }
  function validateRS(title, num) {
    if (!Fn.isValidNot0(num))
      throw new Error(`invalid signature ${title}: out of range 1..Point.Fn.ORDER`);
    return num;
  }
  function assertFieldSignIsSupported() {
    if (!Fp2.isOdd)
      throw new Error("Field doesn't support isOdd");
  }
  function getRecoveryBit(x, y, r) {
    return assertFieldSignIsSupported(), (x === r ? 0 : 2) | Number(Fp2.isOdd(y));
  }
  function assertRecoverableCurve() {
    if (hasLargeRecoveryLifts)
      throw new Error('"recovered" sig type is not supported for cofactor >2 curves');
  }
  function validateSigLength(bytes, format) {
    validateSigFormat(format);
    let size = lengths.signature, sizer = format === "compact" ? size : format === "recovered" ? size + 1 : void 0;
    return abytes2(bytes, sizer);
  }
  class Signature {
    r;
    s;
    recovery;
    constructor(r, s, recovery) {
      if (this.r = validateRS("r", r), this.s = validateRS("s", s), recovery != null) {
        if (assertRecoverableCurve(), ![0, 1, 2, 3].includes(recovery))
          throw new Error("invalid recovery id");
        this.recovery = recovery;
      }
      Object.freeze(this);
    }
    static fromBytes(bytes, format = defaultSigOpts.format) {
      validateSigLength(bytes, format);
      let recid;
      if (format === "der") {
        if (bytes.length > 2 * Fn.BYTES + 16)
          throw new DER.Err("invalid signature: DER signature too long");
        let { r: r2, s: s2 } = DER.toSig(abytes2(bytes), Fn.BYTES + 1);
        return new Signature(r2, s2);
      }
      format === "recovered" && (recid = bytes[0], format = "compact", bytes = bytes.subarray(1));
      let L = lengths.signature / 2, r = bytes.subarray(0, L), s = bytes.subarray(L, L * 2);
      return new Signature(Fn.fromBytes(r), Fn.fromBytes(s), recid);
    }
    static fromHex(hex, format) {
      return this.fromBytes(hexToBytes2(hex), format);
    }
    assertRecovery() {
      let { recovery } = this;
      if (recovery == null)
        throw new Error("invalid recovery id: must be present");
      return recovery;
    }
    addRecoveryBit(recovery) {
      return new Signature(this.r, this.s, recovery);
    }
    // Unlike the top-level helper below, this method expects a digest that has
    // already been hashed to the curve's message representative.
    recoverPublicKey(messageHash) {
      let { r, s } = this, recovery = this.assertRecovery(), radj = recovery === 2 || recovery === 3 ? r + CURVE_ORDER : r;
      if (!Fp2.isValid(radj))
        throw new Error("invalid recovery id: sig.r+curve.n != R.x");
      let x = Fp2.toBytes(radj), R = Point.fromBytes(concatBytes2(pprefix((recovery & 1) === 0), x)), ir = Fn.inv(radj), h = bits2int_modN(abytes2(messageHash, void 0, "msgHash")), u1 = Fn.create(-h * ir), u2 = Fn.create(s * ir), Q = Point.BASE.mulAddUnsafe(u1, R, u2);
      if (Q.is0())
        throw new Error("invalid recovery: point at infinify");
      return Q.assertValidity(), Q;
    }
    // Signatures should be low-s, to prevent malleability.
    hasHighS() {
      return isBiggerThanHalfOrder(this.s);
    }
    toBytes(format = defaultSigOpts.format) {
      if (validateSigFormat(format), format === "der")
        return hexToBytes2(DER.hexFromSig(this));
      let { r, s } = this, rb = Fn.toBytes(r), sb = Fn.toBytes(s);
      return format === "recovered" ? (assertRecoverableCurve(), concatBytes2(Uint8Array.of(this.assertRecovery()), rb, sb)) : concatBytes2(rb, sb);
    }
    toHex(format) {
      return bytesToHex2(this.toBytes(format));
    }
  }
  Object.freeze(Signature.prototype), Object.freeze(Signature);
  let bits2int = opts.bits2int === void 0 ? function(bytes) {
    if (bytes.length > 8192)
      throw new Error("input is too large");
    let num = bytesToNumberBE(bytes), delta = bytes.length * 8 - fnBits;
    return delta > 0 ? num >> BigInt(delta) : num;
  } : opts.bits2int, bits2int_modN = opts.bits2int_modN === void 0 ? function(bytes) {
    return Fn.create(bits2int(bytes));
  } : opts.bits2int_modN, ORDER_MASK = bitMask(fnBits);
  function int2octets(num) {
    return aInRange("num < 2^" + fnBits, num, _0n6, ORDER_MASK), Fn.toBytes(num);
  }
  function validateMsgAndHash(message, prehash) {
    return abytes2(message, void 0, "message"), prehash ? abytes2(hash_(message), void 0, "prehashed message") : message;
  }
  function prepSig(message, secretKey, opts2) {
    let { lowS, prehash, extraEntropy } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    let h1int = bits2int_modN(message), d = Fn.fromBytes(secretKey);
    if (!Fn.isValidNot0(d))
      throw new Error("invalid private key");
    let seedArgs = [int2octets(d), int2octets(h1int)];
    if (extraEntropy != null && extraEntropy !== !1) {
      let e = extraEntropy === !0 ? randomBytes3(lengths.secretKey) : extraEntropy;
      seedArgs.push(abytes2(e, void 0, "extraEntropy"));
    }
    let seed = concatBytes2(...seedArgs), m = h1int;
    function k2sig(kBytes) {
      let k = bits2int(kBytes);
      if (!Fn.isValidNot0(k))
        return;
      let q = Point.BASE.multiply(k).toAffine(), r = Fn.create(q.x);
      if (r === _0n6)
        return;
      let s;
      if (csprng !== void 0) {
        let b = bytesToNumberBE(mapHashToField(csprng(blindLength), CURVE_ORDER)), ibk = Fn.inv(Fn.mul(b, k)), bm = Fn.mul(b, m), bd = Fn.mul(b, d);
        s = Fn.create(ibk * Fn.create(bm + bd * r));
      } else {
        let ik = invertCt(k, CURVE_ORDER);
        s = Fn.create(ik * Fn.create(m + r * d));
      }
      if (s === _0n6)
        return;
      let recovery = getRecoveryBit(q.x, q.y, r), normS = s;
      return lowS && isBiggerThanHalfOrder(s) && (normS = Fn.neg(s), recovery ^= 1), new Signature(r, normS, hasLargeRecoveryLifts ? void 0 : recovery);
    }
    return { seed, k2sig };
  }
  function sign(message, secretKey, opts2 = {}) {
    let { seed, k2sig } = prepSig(message, secretKey, opts2);
    return createHmacDrbg(hash_.outputLen, Fn.BYTES, hmac2)(seed, k2sig).toBytes(opts2.format);
  }
  function verify(signature, message, publicKey, opts2 = {}) {
    let { lowS, prehash, format } = validateSigOpts(opts2, defaultSigOpts);
    if (publicKey = abytes2(publicKey, void 0, "publicKey"), message = validateMsgAndHash(message, prehash), !isBytes2(signature)) {
      let end = signature instanceof Signature ? ", use sig.toBytes()" : "";
      throw new Error("verify expects Uint8Array signature" + end);
    }
    validateSigLength(signature, format);
    try {
      let sig = Signature.fromBytes(signature, format), P = Point.fromBytes(publicKey);
      if (P.is0() || lowS && sig.hasHighS())
        return !1;
      let { r, s } = sig, h = bits2int_modN(message), is = Fn.inv(s), u1 = Fn.create(h * is), u2 = Fn.create(r * is), R = Point.BASE.mulAddUnsafe(u1, P, u2);
      if (R.is0())
        return !1;
      let q = R.toAffine();
      return !(Fn.create(q.x) !== r || format === "recovered" && sig.recovery !== getRecoveryBit(q.x, q.y, r));
    } catch {
      return !1;
    }
  }
  function recoverPublicKey(signature, message, opts2 = {}) {
    let { prehash } = validateSigOpts(opts2, defaultSigOpts);
    return message = validateMsgAndHash(message, prehash), Signature.fromBytes(signature, "recovered").recoverPublicKey(message).toBytes();
  }
  return Object.freeze({
    keygen,
    getPublicKey,
    getSharedSecret,
    utils,
    lengths,
    Point,
    sign,
    verify,
    recoverPublicKey,
    Signature,
    hash: hash_
  });
}

// node_modules/@noble/curves/nist.js
var p256_CURVE = {
  p: BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
  n: BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),
  h: BigInt(1),
  a: BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),
  b: BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),
  Gx: BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),
  Gy: BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")
}, p384_CURVE = {
  p: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),
  n: BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),
  h: BigInt(1),
  a: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc"),
  b: BigInt("0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef"),
  Gx: BigInt("0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"),
  Gy: BigInt("0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f")
}, p521_CURVE = {
  p: BigInt("0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
  n: BigInt("0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409"),
  h: BigInt(1),
  a: BigInt("0x1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc"),
  b: BigInt("0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00"),
  Gx: BigInt("0x00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66"),
  Gy: BigInt("0x011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650")
};
var p256_Point = /* @__PURE__ */ weierstrass(p256_CURVE), p256 = /* @__PURE__ */ ecdsa(p256_Point, sha256);
var p384_Point = /* @__PURE__ */ weierstrass(p384_CURVE), p384 = /* @__PURE__ */ ecdsa(p384_Point, sha384);
var p521_Point = /* @__PURE__ */ weierstrass(p521_CURVE), p521 = /* @__PURE__ */ ecdsa(p521_Point, sha512);

// src/adapters/sigstore/prehash.ts
var import_mgf1 = __toESM(require_mgf1(), 1), import_pss = __toESM(require_pss(), 1), import_sha256 = __toESM(require_sha256(), 1), import_sha512 = __toESM(require_sha512(), 1), DIGEST_LENGTHS = { sha256: 32, sha384: 48, sha512: 64 }, VALID = { kind: "valid" }, INVALID = { kind: "invalid" };
function verifyPrehashed(digest, key, signature, schemes) {
  if (signature.length === 0 || digest.digest.length !== DIGEST_LENGTHS[digest.algorithm]) return INVALID;
  try {
    switch (key.asymmetricKeyType) {
      case "ec":
        return schemes.hashes.includes(digest.algorithm) && verifyEcdsa(digest.digest, key, signature) ? VALID : INVALID;
      case "rsa":
        return schemes.hashes.includes(digest.algorithm) && (verifyPkcs1(digest, key, signature) || schemes.rsaPss && verifyPss(digest, key, signature)) ? VALID : INVALID;
      case "ed25519":
        return verifyEd25519FromDigest(digest, key, signature, schemes);
      default:
        return INVALID;
    }
  } catch {
    return INVALID;
  }
}
var CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 };
function verifyEcdsa(digest, key, signature) {
  let curveName = key.asymmetricKeyDetails?.namedCurve, curve = curveName === "prime256v1" || curveName === "secp384r1" || curveName === "secp521r1" ? CURVES[curveName] : void 0;
  if (!curve) return !1;
  let seen = keyPoints.get(key) ?? 0;
  if (typeof seen == "number" && seen + 1 < TABLE_FROM_USE)
    return keyPoints.set(key, seen + 1), curve.verify(signature, digest, rawKey(key), { prehash: !1, lowS: !1, format: "der" });
  let tabled = typeof seen == "number" ? curve.Point.fromBytes(rawKey(key)).precompute(4) : seen;
  return keyPoints.set(key, tabled), verifyWithTable(curve, tabled, digest, signature);
}
var keyPoints = /* @__PURE__ */ new WeakMap(), TABLE_FROM_USE = 8;
function verifyWithTable(curve, point, digest, signature) {
  let { Fn, BASE } = curve.Point;
  if (point.is0()) return !1;
  let { r, s } = curve.Signature.fromBytes(signature, "der"), excessBits = digest.length * 8 - Fn.BITS, h = Fn.create(excessBits > 0 ? bytesToNumberBE(digest) >> BigInt(excessBits) : bytesToNumberBE(digest)), sInverse = Fn.inv(s), R = BASE.multiplyUnsafe(Fn.mul(h, sInverse)).add(point.multiplyUnsafe(Fn.mul(r, sInverse)));
  return !R.is0() && Fn.create(R.toAffine().x) === r;
}
var rawKeys = /* @__PURE__ */ new WeakMap();
function rawKey(key) {
  let cached = rawKeys.get(key);
  if (cached) return cached;
  let jwk = key.export({ format: "jwk" });
  if (typeof jwk.x != "string") throw new Error("no public point");
  let x = Buffer.from(jwk.x, "base64url"), raw = key.asymmetricKeyType === "ec" && typeof jwk.y == "string" ? Buffer.concat([Buffer.of(4), x, Buffer.from(jwk.y, "base64url")]) : x;
  return rawKeys.set(key, raw), raw;
}
var DIGEST_INFO_PREFIXES = {
  sha256: Buffer.from("3031300d060960864801650304020105000420", "hex"),
  sha384: Buffer.from("3041300d060960864801650304020205000430", "hex"),
  sha512: Buffer.from("3051300d060960864801650304020305000440", "hex")
};
function modulusBits(key) {
  let bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits === void 0) throw new Error("no RSA modulus");
  return bits;
}
function hasModulusLength(key, signature) {
  return signature.length === Math.ceil(modulusBits(key) / 8);
}
function verifyPkcs1(digest, key, signature) {
  if (!hasModulusLength(key, signature)) return !1;
  let digestInfo;
  try {
    digestInfo = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    return !1;
  }
  let expected = Buffer.concat([DIGEST_INFO_PREFIXES[digest.algorithm], digest.digest]);
  return digestInfo.length === expected.length && timingSafeEqual(digestInfo, expected);
}
var FORGE_HASHES = {
  sha256: () => import_sha256.default.create(),
  sha384: () => import_sha512.default.sha384.create(),
  sha512: () => import_sha512.default.create()
};
function verifyPss(digest, key, signature) {
  if (!hasModulusLength(key, signature)) return !1;
  let bits = modulusBits(key), decrypted = publicDecrypt({ key, padding: constants.RSA_NO_PADDING }, signature), encodedLength = Math.ceil((bits - 1) / 8);
  if (decrypted.subarray(0, decrypted.length - encodedLength).some((byte) => byte !== 0)) return !1;
  let encoded = decrypted.subarray(decrypted.length - encodedLength), salt = pssSalt(encoded, bits - 1, digest.algorithm);
  if (salt === void 0) return !1;
  if (salt.length === 0) {
    let hashLength = DIGEST_LENGTHS[digest.algorithm], expected = createHash(digest.algorithm).update(Buffer.alloc(8)).update(digest.digest).digest();
    return timingSafeEqual(expected, encoded.subarray(encodedLength - hashLength - 1, encodedLength - 1));
  }
  let scheme = import_pss.default.create({ md: FORGE_HASHES[digest.algorithm](), mgf: import_mgf1.default.create(FORGE_HASHES[digest.algorithm]()), saltLength: salt.length });
  try {
    return scheme.verify(digest.digest.toString("binary"), encoded.toString("binary"), bits);
  } catch {
    return !1;
  }
}
function pssSalt(encoded, encodedBits, algorithm) {
  let hashLength = DIGEST_LENGTHS[algorithm], dbLength = encoded.length - hashLength - 1;
  if (dbLength < 1 || encoded[encoded.length - 1] !== 188) return;
  let topBits = 255 >> 8 * encoded.length - encodedBits, masked = encoded.subarray(0, dbLength);
  if (((masked[0] ?? 0) & ~topBits) !== 0) return;
  let seed = encoded.subarray(dbLength, dbLength + hashLength).toString("binary"), mask = Buffer.from(import_mgf1.default.create(FORGE_HASHES[algorithm]()).generate(seed, dbLength), "binary"), db = Buffer.from(masked.map((byte, index) => byte ^ (mask[index] ?? 0)));
  db[0] = (db[0] ?? 0) & topBits;
  let separator = db.findIndex((byte) => byte !== 0);
  return separator < 0 || db[separator] !== 1 ? void 0 : db.subarray(separator + 1);
}
function verifyEd25519FromDigest(digest, key, signature, schemes) {
  let pure = "a pure Ed25519 signature signs the artifact itself, so it can be checked only against the file";
  return schemes.ed25519ph ? digest.algorithm !== "sha512" ? { kind: "uncheckable", reason: `signed with an Ed25519 key: Ed25519ph signs a SHA-512 digest (give sha512:<hex>) and ${pure}` } : signature.length === 64 && ed25519phFromDigest.verify(signature, digest.digest, rawKey(key)) ? VALID : { kind: "uncheckable", reason: `the Ed25519 signature does not verify as Ed25519ph over this SHA-512 digest, and ${pure}` } : { kind: "uncheckable", reason: `signed with an Ed25519 key: ${pure}` };
}
var ed25519phFromDigest = eddsa(ed25519.Point, (data) => createHash("sha512").update(data).digest(), {
  domain: ed25519phDomain,
  prehash: (digest) => digest,
  // Strict RFC 8032 decoding (no ZIP-215 leniency), and small-order keys refused.
  zip215: !1
});
function ed25519phDomain(data, context, phflag) {
  if (!phflag || context.length > 255) throw new Error("Ed25519ph needs the prehash flag and a context of at most 255 bytes");
  return Buffer.concat([Buffer.from("SigEd25519 no Ed25519 collisions", "latin1"), Buffer.of(1, context.length), context, data]);
}

// src/adapters/sigstore/key-signature.ts
function signatureHashes(key) {
  switch (key.asymmetricKeyType) {
    case "ed25519":
      return [null];
    case "rsa":
      return ["sha256"];
    case "ec":
      return key.asymmetricKeyDetails?.namedCurve === "secp384r1" ? ["sha384", "sha256"] : key.asymmetricKeyDetails?.namedCurve === "secp521r1" ? ["sha512", "sha256"] : key.asymmetricKeyDetails?.namedCurve === "prime256v1" ? ["sha256"] : [];
    default:
      return [];
  }
}
function trustedKeySchemes(key) {
  return { hashes: signatureHashes(key).filter((hash) => hash === "sha256" || hash === "sha384" || hash === "sha512"), rsaPss: !0, ed25519ph: !0 };
}
function verifyWithKeyHash(data, key, signature) {
  if (signature.length === 0) return !1;
  if (signatureHashes(key).some((hash) => {
    try {
      return cryptoVerify(hash, data, key, signature);
    } catch {
      return !1;
    }
  })) return !0;
  let prehash = prehashOfBytes(key);
  if (prehash === void 0) return !1;
  let digest = { algorithm: prehash, digest: createHash2(prehash).update(data).digest() };
  return verifyPrehashed(digest, key, signature, trustedKeySchemes(key)).kind === "valid";
}
function verifyWithCertificateKey(data, key, signature, messageDigest) {
  if (signature.length === 0) return !1;
  let keyHashes = signatureHashes(key);
  return (messageDigest === void 0 || keyHashes.includes(null) ? keyHashes : [.../* @__PURE__ */ new Set([messageDigest, ...keyHashes])]).some((hash) => {
    try {
      return cryptoVerify(hash, data, key, signature);
    } catch {
      return !1;
    }
  });
}
function prehashOfBytes(key) {
  if (key.asymmetricKeyType === "ed25519") return "sha512";
  if (key.asymmetricKeyType === "rsa") return "sha256";
}
function signedBytes(bundle, artifact) {
  let content = bundle.content;
  return content.$case === "messageSignature" ? artifact : import_core2.dsse.preAuthEncoding(content.dsseEnvelope.payloadType, Buffer.from(content.dsseEnvelope.payload));
}
function withKeyHashedSignature(entity, data) {
  return withSignatureCheck(entity, (key) => verifyWithKeyHash(data, key, entity.signature.signature));
}
function withCertificateKeySignature(entity, data, messageDigest) {
  return withSignatureCheck(entity, (key) => verifyWithCertificateKey(data, key, entity.signature.signature, messageDigest));
}
function withSignatureCheck(entity, verifySignature) {
  let content = entity.signature, signature = {
    signature: content.signature,
    compareSignature: (other) => content.compareSignature(other),
    compareDigest: (digest) => content.compareDigest(digest),
    compareSignedDigest: (digest) => content.compareSignedDigest(digest),
    verifySignature
  };
  return { ...entity, signature };
}

// src/adapters/sigstore/keys.ts
import { createHash as createHash3, createPublicKey } from "node:crypto";
var SUPPORTED = "ECDSA P-256/P-384, Ed25519 or RSA", parsed = /* @__PURE__ */ new WeakMap();
function parsePublicKeyRules(rules) {
  return rules.map(parsePublicKeyRule);
}
function parsePublicKeyRule(rule) {
  let cached = parsed.get(rule);
  if (cached) return cached;
  let key;
  try {
    key = createPublicKey(rule.pem);
  } catch (error) {
    throw configError(`Public key "${rule.name}" is not a PEM public key (${SUPPORTED})`, error);
  }
  let type = key.asymmetricKeyType, curve = key.asymmetricKeyDetails?.namedCurve;
  if (!(type === "ed25519" || type === "rsa" || type === "ec" && (curve === "prime256v1" || curve === "secp384r1")))
    throw configError(`Public key "${rule.name}" is ${type ?? "of unknown type"}${curve ? ` (${curve})` : ""}; supported: ${SUPPORTED}`);
  let trusted = { rule, key, keyId: keyIdOf(key) };
  return parsed.set(rule, trusted), trusted;
}
function keyIdOf(key) {
  return createHash3("sha256").update(key.export({ format: "der", type: "spki" })).digest("hex");
}
function missingTlogEntry(rule) {
  return {
    code: "no-tlog-entry",
    message: `signed with the trusted key "${rule.name}", but it has no transparency-log entry, which cosign requires too; to accept key signatures without one, set insecure-ignore-tlog (the input, or --insecure-ignore-tlog) or require-tlog: false on the policy key`
  };
}

// src/adapters/sigstore/prehash-entity.ts
var import_protobuf_specs = __toESM(require_dist(), 1);
import { createHash as createHash4 } from "node:crypto";

// src/adapters/sigstore/rejection.ts
var import_verify = __toESM(require_dist4(), 1);
var RejectionError = class extends Error {
  constructor(rejection) {
    super(rejection.message);
    this.rejection = rejection;
  }
  rejection;
};
function reject(code, message) {
  throw new RejectionError({ code, message });
}
function toRejection(error, facts) {
  return error instanceof RejectionError ? error.rejection : error instanceof import_verify.VerificationError ? fromVerificationError(error, facts) : error instanceof import_verify.PolicyError ? { code: "wrong-identity", message: error.message } : { code: "malformed", message: `cannot be read: ${errorMessage(error)}` };
}
function fromVerificationError(error, facts) {
  let detail = [error.message, causeMessage(error)].filter(Boolean).join(": ");
  switch (error.code) {
    case "SIGNATURE_ERROR":
      return { code: "signature-invalid", message: `the signature does not verify over the signed content (${detail})` };
    case "TLOG_BODY_ERROR":
      return {
        code: "signature-invalid",
        message: `the transparency-log entry records a different signature or content: it was altered (${detail})`
      };
    case "TLOG_ERROR":
    case "TLOG_INCLUSION_PROOF_ERROR":
    case "TLOG_INCLUSION_PROMISE_ERROR":
    case "TLOG_MISSING_INCLUSION_ERROR":
      return { code: "no-tlog-entry", message: `no valid entry in a trusted transparency log (${detail})` };
    case "CERTIFICATE_ERROR":
      return /expired|not valid/i.test(detail) ? { code: "certificate-expired", message: `the certificate was not valid at the time the signature was made (${detail})` } : { code: "untrusted-ca", message: `the certificate does not chain to a trusted certificate authority or CT log (${detail})` };
    case "TIMESTAMP_ERROR":
      if (facts?.timestampOverOtherSignature)
        return { code: "signature-invalid", message: "the RFC 3161 timestamp covers a different signature: the signature was altered" };
      if (facts?.timestamps === 0) {
        if (facts.tlogEntries === 0)
          return { code: "no-tlog-entry", message: "no transparency-log entry and no timestamp: nothing proves when it was signed" };
        if (facts.keyless)
          return { code: "certificate-expired", message: `no trusted timestamp proves the short-lived certificate was valid when it signed${facts.certificateNotAfter ? ` (it expired ${facts.certificateNotAfter.toISOString()})` : ""}` };
      }
      return {
        code: "untrusted-ca",
        message: `a timestamp does not come from a trusted timestamp authority or does not cover this signature (${detail})`
      };
    case "PUBLIC_KEY_ERROR":
      return { code: "untrusted-key", message: `not signed by a trusted key (${detail})` };
    case "NOT_IMPLEMENTED_ERROR":
      return { code: "malformed", message: `uses something the verifier does not support (${detail})` };
  }
}
function causeMessage(error) {
  let cause = error.cause;
  return cause instanceof Error ? cause.message : "";
}

// src/adapters/sigstore/prehash-entity.ts
var CERTIFICATE_SCHEMES = { hashes: ["sha256", "sha384", "sha512"], rsaPss: !1, ed25519ph: !1 }, PREHASH_ALGORITHMS = {
  [import_protobuf_specs.HashAlgorithm.SHA2_256]: "sha256",
  [import_protobuf_specs.HashAlgorithm.SHA2_384]: "sha384",
  [import_protobuf_specs.HashAlgorithm.SHA2_512]: "sha512"
};
function formatDigest(digest) {
  return `${digest.algorithm}:${digest.digest.toString("hex")}`;
}
function parseArtifactDigest(text) {
  let [, name, hex] = /^(sha256|sha384|sha512):([0-9a-f]+)$/i.exec(text) ?? [], algorithm = name?.toLowerCase();
  if (!(algorithm === void 0 || hex?.length !== DIGEST_LENGTHS[algorithm] * 2))
    return { algorithm, digest: Buffer.from(hex, "hex") };
}
function digestOfBytes(messageSignature, bytes) {
  let algorithm = signedDigestAlgorithm(messageSignature);
  return algorithm && { algorithm, digest: createHash4(algorithm).update(bytes).digest() };
}
function signedDigestAlgorithm(messageSignature) {
  return PREHASH_ALGORITHMS[messageSignature.messageDigest.algorithm];
}
function requireSignedDigest(messageSignature, given) {
  let signed = messageSignature.messageDigest, algorithm = PREHASH_ALGORITHMS[signed.algorithm], signedBytes2 = Buffer.from(signed.digest);
  if (algorithm === given.algorithm && signedBytes2.equals(given.digest)) return;
  algorithm !== void 0 && algorithm !== given.algorithm && reject(
    "not-bound-to-digest",
    `the bundle signs a ${algorithm} digest, and ${given.algorithm} was given: pass the file, or its ${algorithm}:<hex> digest`
  );
  let signedText = algorithm === void 0 ? "a digest of another algorithm" : formatDigest({ algorithm, digest: signedBytes2 });
  reject("not-bound-to-digest", `the bundle signs ${signedText}, not ${formatDigest(given)}`);
}
var PrehashCheck = class {
  constructor(digest, signature, schemesFor) {
    this.digest = digest;
    this.signature = signature;
    this.schemesFor = schemesFor;
  }
  digest;
  signature;
  schemesFor;
  verdicts = /* @__PURE__ */ new WeakMap();
  verdict(key) {
    let verdict = this.verdicts.get(key);
    return verdict === void 0 && (verdict = verifyPrehashed(this.digest, key, this.signature, this.schemesFor(key)), this.verdicts.set(key, verdict)), verdict;
  }
  /** For the verifier's signature step: a key no digest can check (pure Ed25519) is a rejection of its own. */
  verifies(key) {
    let verdict = this.verdict(key);
    return verdict.kind === "uncheckable" && reject("not-bound-to-digest", verdict.reason), verdict.kind === "valid";
  }
};

// src/adapters/sigstore/private-ca.ts
var import_core4 = __toESM(require_dist3(), 1), import_verify2 = __toESM(require_dist4(), 1);

// src/adapters/sigstore/private-ca-names.ts
import { isIPv6 as isIPv62 } from "node:net";

// src/adapters/sigstore/x509-name-syntax.ts
import { isIPv6 } from "node:net";
function validDomainName(text, constraint) {
  return text === "" ? constraint : (constraint && text.startsWith(".") ? text.slice(1) : text).split(".").every((label) => /^[!-~]+$/.test(label));
}
var ATEXT = /[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~.]/;
function parseMailbox(text) {
  let at = 0, local = "";
  if (text.startsWith('"'))
    for (at = 1; ; ) {
      let char = text[at++];
      if (char === void 0) return;
      if (char === '"') break;
      if (char === "\\") {
        let escaped = text[at++];
        if (escaped === void 0 || escaped === `
` || escaped === "\r" || escaped === "\0") return;
        local += escaped;
      } else {
        if (char === "	" || char === `
` || char === "\r" || char === '"' || char === "\\" || char === "\0")
          return;
        local += char;
      }
    }
  else {
    for (; ; ) {
      let char = text[at];
      if (char === "\\") {
        if (char = text[++at], char === void 0) return;
      } else if (char === void 0 || !ATEXT.test(char))
        break;
      local += char, at++;
    }
    if (local === "" || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return;
  }
  if (text[at] !== "@") return;
  let domain = text.slice(at + 1);
  return validDomainName(domain, !1) ? { local, domain } : void 0;
}
function goUriHost(uri) {
  let hash = uri.indexOf("#");
  if (hash >= 0 && !escapesWellFormed(uri.slice(hash + 1))) return;
  let beforeFragment = hash >= 0 ? uri.slice(0, hash) : uri;
  if (/[\x00-\x1f\x7f]/.test(beforeFragment)) return;
  if (beforeFragment === "*") return "";
  let split2 = splitScheme(beforeFragment);
  if (split2 === void 0) return;
  let { scheme } = split2, rest = split2.rest, question = rest.indexOf("?");
  if (question >= 0 && (rest = rest.slice(0, question)), !rest.startsWith("/")) {
    if (scheme !== "") return "";
    if ((rest.split("/")[0] ?? "").includes(":")) return;
  }
  let host = "";
  if ((scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
    let authorityAndPath = rest.slice(2), slash = authorityAndPath.indexOf("/"), authority = slash >= 0 ? authorityAndPath.slice(0, slash) : authorityAndPath;
    rest = slash >= 0 ? authorityAndPath.slice(slash) : "";
    let parsed2 = parseAuthority(authority);
    if (parsed2 === void 0) return;
    host = parsed2;
  }
  return escapesWellFormed(rest) ? host : void 0;
}
function uriConstraintDomain(host) {
  if (host === "") return { problem: "has no host" };
  let name = host;
  if (name.includes(":") && !name.endsWith("]")) {
    if (name.startsWith("[")) return { problem: "has an IP address for its host" };
    let bare = name.slice(0, name.lastIndexOf(":"));
    if (bare.includes(":") || name.includes("[") || name.includes("]")) return { problem: "has a host that cannot be split from its port" };
    name = bare;
  }
  return name.startsWith("[") && name.endsWith("]") || isGoIPv4(name) ? { problem: "has an IP address for its host" } : validDomainName(name, !1) ? { domain: name.toLowerCase() } : { problem: "has a host that is not a valid domain name" };
}
function isGoIPv4(text) {
  return /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(text);
}
function splitScheme(text) {
  for (let i = 0; i < text.length; i++) {
    let char = text[i] ?? "";
    if (!/[A-Za-z]/.test(char)) {
      if (/[0-9+\-.]/.test(char)) {
        if (i === 0) return { scheme: "", rest: text };
        continue;
      }
      return char === ":" ? i === 0 ? void 0 : { scheme: text.slice(0, i).toLowerCase(), rest: text.slice(i + 1) } : { scheme: "", rest: text };
    }
  }
  return { scheme: "", rest: text };
}
function parseAuthority(authority) {
  let at = authority.lastIndexOf("@"), host = parseHost(authority.slice(at + 1));
  if (host === void 0 || at < 0) return host;
  let userinfo = authority.slice(0, at);
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo) && escapesWellFormed(userinfo) ? host : void 0;
}
var HOST_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"]/;
function parseHost(host) {
  let name = host, port = "";
  if (host.startsWith("[")) {
    let close = host.lastIndexOf("]");
    if (close < 0) return;
    name = host.slice(0, close + 1), port = host.slice(close + 1);
    let zone = name.indexOf("%25");
    if (!isIPv6(name.slice(1, zone >= 0 ? zone : -1))) return;
  } else {
    let colon = host.lastIndexOf(":");
    colon >= 0 && (name = host.slice(0, colon), port = host.slice(colon));
  }
  if (port !== "" && !/^:[0-9]*$/.test(port)) return;
  let decoded = "";
  for (let i = 0; i < name.length; i++) {
    let char = name[i] ?? "";
    if (char === "%") {
      if (name.slice(i, i + 3) !== "%25") return;
      decoded += "%", i += 2;
    } else if (HOST_CHAR.test(char))
      decoded += char;
    else
      return;
  }
  return decoded + port;
}
function escapesWellFormed(text) {
  return !/%(?![0-9A-Fa-f]{2})/.test(text);
}

// src/adapters/sigstore/private-ca-names.ts
var OID_SUBJECT_ALT_NAME = "2.5.29.17", OID_NAME_CONSTRAINTS = "2.5.29.30", TAG = { email: 1, dns: 2, uri: 6, ip: 7 }, NameError = class extends Error {
};
function subjectAltNames(cert) {
  let ext = cert.extension(OID_SUBJECT_ALT_NAME);
  if (!ext) return [];
  let sequence = ext.valueObj.subs[0];
  if (sequence === void 0) throw new NameError("the subject alternative name extension is empty");
  let names = sequence.subs.map((name) => generalName(name, "subject alternative name"));
  for (let name of names) {
    if (name.kind !== "uri") continue;
    let host = goUriHost(name.value);
    if (host === void 0) throw new NameError(`a subject alternative name (URI ${name.value}) that is not a URI Go can parse`);
    if (host !== "" && !validDomainName(host, !1))
      throw new NameError(`a subject alternative name (URI ${name.value}) whose host is not a valid domain name`);
  }
  return names;
}
function identityNames(names) {
  return names.flatMap((name) => name.kind === "ip" ? [ipText(name.bytes)] : name.kind === "other" ? [] : [name.value]);
}
function nameConstraintsProblem(ca, names) {
  let ext = ca.extension(OID_NAME_CONSTRAINTS);
  if (!ext) return;
  let permitted = [], excluded = [];
  try {
    for (let part of ext.valueObj.subs[0]?.subs ?? []) {
      let subtrees = part.subs.map((subtree) => readConstraint(subtreeBase(subtree)));
      if (part.tag.isContextSpecific(0)) permitted = subtrees;
      else if (part.tag.isContextSpecific(1)) excluded = subtrees;
      else throw new NameError("an unknown part");
    }
  } catch (error) {
    return `its name constraints cannot be read (${errorMessage(error)})`;
  }
  if ([...permitted, ...excluded].find((constraint) => constraint.kind === "other") !== void 0)
    return "it constrains names of a kind image-gate does not check (only DNS, e-mail, URI and IP constraints are supported)";
  for (let name of names) {
    if (name.kind === "other") continue;
    let label = describe(name), form = constrainedName(name);
    if (typeof form == "string") return `its name constraints cannot be checked against ${label}: it ${form}`;
    if (excluded.some((constraint) => matches(form, constraint, !0))) return `its name constraints exclude ${label}`;
    let sameKind = permitted.filter((constraint) => constraint.kind === form.kind);
    if (sameKind.length > 0 && !sameKind.some((constraint) => matches(form, constraint, !1))) return `its name constraints do not permit ${label}`;
  }
}
function subtreeBase(subtree) {
  let [base, ...bounds] = subtree.subs;
  if (base === void 0) throw new NameError("a subtree without a name");
  if (bounds.length > 0) throw new NameError("a subtree with a minimum or maximum");
  return generalName(base, "name constraint");
}
function generalName(name, what) {
  let tag = name.tag;
  if (!tag.isContextSpecific()) throw new NameError(`a ${what} that is not a GeneralName`);
  if (tag.number === TAG.ip) {
    if (!(what === "name constraint" ? [8, 32] : [4, 16]).includes(name.value.length)) throw new NameError(`a ${what} (IP) of ${name.value.length} bytes`);
    return { kind: "ip", bytes: Buffer.from(name.value) };
  }
  let kind = tag.number === TAG.email ? "email" : tag.number === TAG.dns ? "dns" : tag.number === TAG.uri ? "uri" : void 0;
  if (kind === void 0) return { kind: "other", tag: tag.number };
  if (name.value.some((byte) => byte < 32 || byte > 126)) throw new NameError(`a ${what} (${kind}) that is not printable ASCII`);
  return { kind, value: name.value.toString("latin1") };
}
function readConstraint(name) {
  switch (name.kind) {
    case "other":
      return name;
    case "ip":
      if (!contiguousMask(name.bytes.subarray(name.bytes.length / 2)))
        throw new NameError(`an IP constraint whose mask is not contiguous (${name.bytes.toString("hex")})`);
      return name;
    case "dns":
      if (!validDomainName(name.value, !0)) throw new NameError(`the DNS constraint "${name.value}" is not a valid domain name`);
      return { kind: "dns", domain: name.value };
    case "email": {
      if (name.value.includes("@")) {
        let mailbox = parseMailbox(name.value);
        if (mailbox === void 0) throw new NameError(`the e-mail constraint "${name.value}" is not a valid mailbox`);
        return { kind: "email", mailbox };
      }
      if (!validDomainName(name.value, !0)) throw new NameError(`the e-mail constraint "${name.value}" is not a valid domain name`);
      return { kind: "email", domain: name.value };
    }
    case "uri":
      if (isGoIPv4(name.value) || isIPv62(name.value)) throw new NameError(`the URI constraint "${name.value}" is an IP address`);
      if (!validDomainName(name.value, !0)) throw new NameError(`the URI constraint "${name.value}" is not a valid domain name`);
      return { kind: "uri", domain: name.value };
  }
}
function constrainedName(name) {
  switch (name.kind) {
    case "ip":
      return name;
    case "dns":
      return validDomainName(name.value, !1) ? { kind: "dns", domain: name.value } : "is not a valid domain name (an empty label, a trailing dot, a space)";
    case "email": {
      let mailbox = parseMailbox(name.value);
      return mailbox === void 0 ? "is not a mailbox with a valid domain name" : { kind: "email", mailbox };
    }
    case "uri": {
      let host = goUriHost(name.value);
      if (host === void 0) return "cannot be parsed as a URI";
      let domain = uriConstraintDomain(host);
      return "problem" in domain ? domain.problem : { kind: "uri", domain: domain.domain };
    }
  }
}
function matches(name, constraint, excluded) {
  return name.kind === "ip" ? constraint.kind === "ip" && ipMatches(name.bytes, constraint.bytes) : name.kind === "email" ? constraint.kind !== "email" ? !1 : "mailbox" in constraint ? name.mailbox.local === constraint.mailbox.local && name.mailbox.domain.toLowerCase() === constraint.mailbox.domain.toLowerCase() : domainMatches(name.mailbox.domain, constraint.domain, excluded) : constraint.kind === name.kind && domainMatches(name.domain, constraint.domain, excluded);
}
function domainMatches(domain, constraint, excluded) {
  if (constraint === "") return !0;
  let name = domain.toLowerCase(), wanted = constraint.toLowerCase();
  if (wanted.startsWith(".") ? name.endsWith(wanted) : name === wanted || name.endsWith(`.${wanted}`)) return !0;
  let parent = withoutFirstLabel(name);
  return excluded && name.startsWith("*") && parent !== "" && parent === withoutFirstLabel(wanted);
}
function withoutFirstLabel(name) {
  let dot = name.indexOf(".");
  return dot < 0 ? "" : name.slice(dot);
}
function contiguousMask(mask) {
  let zeros = !1;
  for (let byte of mask)
    for (let bit = 7; bit >= 0; bit--) {
      let one = (byte >> bit & 1) === 1;
      if (one && zeros) return !1;
      one || (zeros = !0);
    }
  return !0;
}
function ipMatches(ip, constraint) {
  if (constraint.length !== ip.length * 2) return !1;
  for (let i = 0; i < ip.length; i++) {
    let mask = constraint[ip.length + i] ?? 0;
    if (((ip[i] ?? 0) & mask) !== ((constraint[i] ?? 0) & mask)) return !1;
  }
  return !0;
}
function describe(name) {
  return name.kind === "ip" ? `IP ${ipText(name.bytes)}` : name.kind === "other" ? "a name" : `${name.kind === "dns" ? "DNS name" : name.kind === "email" ? "e-mail" : "URI"} ${name.value}`;
}
function ipText(bytes) {
  if (bytes.length === 4) return [...bytes].join(".");
  if (bytes.length === 16) {
    let groups = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16));
    return new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1);
  }
  return bytes.toString("hex");
}

// src/adapters/sigstore/private-ca-path.ts
var import_core3 = __toESM(require_dist3(), 1);
import { createPublicKey as createPublicKey2, X509Certificate as NodeX509Certificate } from "node:crypto";
var OID2 = {
  keyUsage: "2.5.29.15",
  subjectAltName: "2.5.29.17",
  basicConstraints: "2.5.29.19",
  nameConstraints: "2.5.29.30",
  certificatePolicies: "2.5.29.32",
  extKeyUsage: "2.5.29.37",
  subjectKeyId: "2.5.29.14",
  authorityKeyId: "2.5.29.35",
  codeSigning: "1.3.6.1.5.5.7.3.3",
  anyExtendedKeyUsage: "2.5.29.37.0"
}, UNDERSTOOD = /* @__PURE__ */ new Set([
  OID2.keyUsage,
  OID2.subjectAltName,
  OID2.basicConstraints,
  OID2.nameConstraints,
  OID2.certificatePolicies,
  OID2.extKeyUsage,
  OID2.subjectKeyId,
  OID2.authorityKeyId
]), POLICY_CONTROLS = /* @__PURE__ */ new Set(["2.5.29.33", "2.5.29.36", "2.5.29.54"]), SIGNATURE_ALGORITHMS = {
  "1.2.840.10045.4.3.2": "ECDSA with SHA-256",
  "1.2.840.10045.4.3.3": "ECDSA with SHA-384",
  "1.2.840.10045.4.3.4": "ECDSA with SHA-512",
  "1.2.840.113549.1.1.11": "RSA with SHA-256",
  "1.2.840.113549.1.1.12": "RSA with SHA-384",
  "1.2.840.113549.1.1.13": "RSA with SHA-512",
  "1.3.101.112": "Ed25519"
}, RSA_PSS = "1.2.840.113549.1.1.10", SHA2_HASHES = /* @__PURE__ */ new Set(["2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3"]), MAX_PATH_LENGTH = 8, MAX_PATHS = 8, MAX_SIGNATURE_CHECKS = 64;
function parseCertificate(der) {
  let fields = import_core3.X509Certificate.parse(Buffer.from(der)), openssl = new NodeX509Certificate(der), key = createPublicKey2({ key: fields.publicKey, format: "der", type: "spki" });
  if (Number.isNaN(fields.notBefore.getTime()) || Number.isNaN(fields.notAfter.getTime())) throw new Error("its validity cannot be read");
  let subject = openssl.subject ?? "";
  return { der, fields, openssl, key, name: subject.replaceAll(`
`, ", ") || "(no subject)" };
}
function parsePemCertificates(pem) {
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []).map((block) => parseCertificate(new NodeX509Certificate(block).raw));
}
function buildPaths(leaf, roots, intermediates) {
  let paths = [], candidates = [...roots, ...intermediates], isRoot = (cert) => roots.some((root) => root.der.equals(cert.der)), deepest = "its issuer is not among the roots and intermediates given", checks = 0, extend = (path) => {
    let child = path[path.length - 1];
    if (!(child === void 0 || paths.length >= MAX_PATHS))
      for (let issuer of candidates) {
        if (path.some((cert) => cert.der.equals(issuer.der)) || !issuer.fields.subject.equals(child.fields.issuer)) continue;
        if (++checks > MAX_SIGNATURE_CHECKS) {
          deepest = `more than ${MAX_SIGNATURE_CHECKS} candidate issuers were tried`;
          return;
        }
        let problem = signatureProblem(child, issuer);
        if (problem !== void 0) {
          deepest = problem;
          continue;
        }
        isRoot(issuer) ? paths.push([...path, issuer]) : path.length + 1 < MAX_PATH_LENGTH ? extend([...path, issuer]) : deepest = `the path is longer than ${MAX_PATH_LENGTH} certificates`;
      }
  };
  return extend([leaf]), paths.length > 0 ? { paths } : { paths, problem: deepest };
}
function signatureProblem(child, issuer) {
  let childKeyId = child.fields.extAuthorityKeyID?.keyIdentifier, issuerKeyId = issuer.fields.extSubjectKeyID?.keyIdentifier;
  if (childKeyId !== void 0 && issuerKeyId !== void 0 && !childKeyId.equals(issuerKeyId))
    return `the authority key identifier of ${child.name} is not the key identifier of ${issuer.name}`;
  let algorithm = signatureAlgorithm(child);
  if ("problem" in algorithm) return `${child.name} ${algorithm.problem}`;
  let keyProblem = publicKeyProblem(issuer.key);
  return keyProblem !== void 0 ? `${issuer.name} has ${keyProblem}` : child.openssl.verify(issuer.key) ? void 0 : `${child.name} is not signed by ${issuer.name}`;
}
function signatureAlgorithm(cert) {
  let [tbs, outer] = [cert.fields.tbsCertificate, cert.fields.root.subs[1]], inner = tbs.subs.find((sub, index) => index <= 2 && sub.tag.number === 16 && !sub.tag.isContextSpecific());
  if (outer === void 0 || inner === void 0 || !outer.toDER().equals(inner.toDER()))
    return { problem: "names two different signature algorithms" };
  let oid = outer.subs[0]?.toOID() ?? "", known = SIGNATURE_ALGORITHMS[oid];
  if (known !== void 0) return { name: known };
  if (oid === RSA_PSS) {
    let hash = outer.subs[1]?.subs.find((sub) => sub.tag.isContextSpecific(0))?.subs[0]?.subs[0]?.toOID();
    return hash !== void 0 && SHA2_HASHES.has(hash) ? { name: "RSA-PSS" } : { problem: "is signed with RSA-PSS over a hash other than SHA-256/384/512" };
  }
  return { problem: `is signed with an algorithm image-gate does not accept (OID ${oid}; SHA-1 and MD5 are refused)` };
}
function publicKeyProblem(key) {
  let type = key.asymmetricKeyType;
  if (type !== "ed25519") {
    if (type === "rsa" || type === "rsa-pss") {
      let bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
      return bits >= 2048 ? void 0 : `an RSA key of ${bits} bits (at least 2048 are needed)`;
    }
    if (type === "ec") {
      let curve = key.asymmetricKeyDetails?.namedCurve;
      return curve === "prime256v1" || curve === "secp384r1" || curve === "secp521r1" ? void 0 : `an EC key on ${curve ?? "an unknown curve"}`;
    }
    return `a ${type ?? "key of unknown type"} key`;
  }
}
function pathProblem(path, leafNames) {
  let [leaf, ...issuers] = path;
  if (leaf === void 0) return "the path is empty";
  for (let cert of path) {
    let problem = extensionsProblem(cert);
    if (problem !== void 0) return `${cert.name} ${problem}`;
  }
  let leafKey = publicKeyProblem(leaf.key);
  if (leafKey !== void 0) return `the signing certificate has ${leafKey}`;
  if (extendedKeyUsages(leaf)?.includes(OID2.codeSigning) !== !0) return "the signing certificate does not name code signing among its extended key usages";
  if (leaf.fields.extKeyUsage !== void 0 && !leaf.fields.extKeyUsage.digitalSignature)
    return "the signing certificate's key usage does not allow digital signatures";
  for (let [index, ca] of issuers.entries()) {
    if (ca.fields.extBasicConstraints?.isCA !== !0) return `${ca.name} is not a CA (basic constraints)`;
    if (ca.fields.extKeyUsage !== void 0 && !ca.fields.extKeyUsage.keyCertSign)
      return `${ca.name}'s key usage does not allow signing certificates`;
    let pathLength = ca.fields.extBasicConstraints.pathLenConstraint;
    if (pathLength !== void 0 && pathLength < BigInt(index))
      return `${ca.name} allows ${pathLength} intermediate CA(s) below it, and the path has ${index}`;
    let caUsages = extendedKeyUsages(ca);
    if (caUsages !== void 0 && !caUsages.includes(OID2.codeSigning) && !caUsages.includes(OID2.anyExtendedKeyUsage))
      return `${ca.name} is not allowed to issue code-signing certificates (its extended key usages)`;
    let names = nameConstraintsProblem(ca.fields, leafNames);
    if (names !== void 0) return `${ca.name}: ${names}`;
  }
}
function extensionsProblem(cert) {
  for (let ext of cert.fields.extensions) {
    let oid = ext.subs[0]?.toOID() ?? "";
    if (POLICY_CONTROLS.has(oid)) return `carries a certificate policy control (OID ${oid}), which image-gate does not evaluate`;
    if (ext.subs.length === 3 && ext.subs[1]?.toBoolean() === !0 && !UNDERSTOOD.has(oid)) return `carries a critical extension image-gate does not understand (OID ${oid})`;
  }
}
function extendedKeyUsages(cert) {
  return cert.fields.extension(OID2.extKeyUsage)?.valueObj.subs[0]?.subs.map((oid) => oid.toOID());
}
function problemAt(path, date) {
  let invalid = path.find((cert) => !cert.fields.validForDate(date));
  return invalid === void 0 ? void 0 : `${invalid === path[0] ? "the signing certificate" : `the CA certificate ${invalid.name}`} is valid from ${invalid.fields.notBefore.toISOString()} to ${invalid.fields.notAfter.toISOString()}, not at ${date.toISOString()}`;
}

// src/adapters/sigstore/statement.ts
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json", COSIGN_SIGN_PREDICATE_TYPE = "https://sigstore.dev/cosign/sign/v1";
function parseStatement(payloadType, payload) {
  payloadType !== IN_TOTO_PAYLOAD_TYPE && reject("malformed", `the DSSE payload type is ${JSON.stringify(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`);
  let json;
  try {
    json = JSON.parse(payload.toString("utf8"));
  } catch {
    reject("malformed", "the DSSE payload is not JSON (an in-toto statement was expected)");
  }
  (!isRecord(json) || !Array.isArray(json.subject) || typeof json.predicateType != "string") && reject("malformed", "the DSSE payload is not an in-toto statement (no subject list or predicateType)");
  let subjectDigests = [];
  for (let subject of json.subject)
    if (!(!isRecord(subject) || !isRecord(subject.digest)))
      for (let [algorithm, hex] of Object.entries(subject.digest))
        typeof hex == "string" && subjectDigests.push(`${algorithm.toLowerCase()}:${hex.toLowerCase()}`);
  return { predicateType: json.predicateType, predicate: json.predicate, subjectDigests };
}
function requireSubject(statement, digest, what) {
  if (!statement.subjectDigests.includes(digest.toLowerCase())) {
    let listed = statement.subjectDigests.length > 0 ? statement.subjectDigests.join(", ") : "none";
    reject("not-bound-to-digest", `the statement is about ${listed}, not ${what} ${digest}`);
  }
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

// src/adapters/sigstore/tlog-signer.ts
function requireEntriesRecordSigner(entries, signer) {
  let expected = signer.kind === "key" ? spkiOf(signer.key) : signer.der;
  for (let entry of entries) {
    let recorded = recordedSigner(entry);
    if (recorded.kind === signer.kind && recorded.der.equals(expected)) continue;
    let found = recorded.kind === signer.kind ? `another ${signer.kind} than the one that signed` : `a ${recorded.kind} where the signer is a ${signer.kind}`;
    reject("signature-invalid", `the transparency-log entry records a different signature or content: it records ${found} (${kindOf(entry)} entry)`);
  }
}
var spkis = /* @__PURE__ */ new WeakMap();
function spkiOf(key) {
  let der = spkis.get(key);
  return der === void 0 && (der = key.export({ format: "der", type: "spki" }), spkis.set(key, der)), der;
}
function kindOf(entry) {
  return `${entry.kindVersion.kind} ${entry.kindVersion.version}`;
}
function recordedSigner(entry) {
  let unreadable = (why) => reject("signature-invalid", `the transparency-log entry's signer cannot be read (${kindOf(entry)}: ${why}), so it vouches for nothing`), body;
  try {
    body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
  } catch {
    return unreadable("its body is not JSON");
  }
  if (!isRecord(body) || body.kind !== entry.kindVersion.kind || body.apiVersion !== entry.kindVersion.version)
    return unreadable("its body names another kind");
  let spec = isRecord(body.spec) ? body.spec : {}, pem = (value) => typeof value == "string" ? fromPem(Buffer.from(value, "base64").toString("utf8")) ?? unreadable("not one PEM key or certificate") : unreadable("no signer");
  switch (`${entry.kindVersion.kind} ${entry.kindVersion.version}`) {
    case "hashedrekord 0.0.1":
      return pem(field(spec, "signature", "publicKey", "content"));
    case "dsse 0.0.1":
      return pem(field(onlySignature(spec.signatures) ?? unreadable("not exactly one signature"), "verifier"));
    case "intoto 0.0.1":
      return pem(spec.publicKey);
    case "intoto 0.0.2":
      return pem(field(onlySignature(field(spec, "content", "envelope", "signatures")) ?? unreadable("not exactly one signature"), "publicKey"));
    case "hashedrekord 0.0.2":
      return fromVerifier(field(spec, "hashedRekordV002", "signature", "verifier")) ?? unreadable("no verifier");
    case "dsse 0.0.2":
      return fromVerifier(field(onlySignature(field(spec, "dsseV002", "signatures")) ?? unreadable("not exactly one signature"), "verifier")) ?? unreadable("no verifier");
    default:
      return unreadable("a kind whose signer image-gate does not read");
  }
}
function field(value, ...path) {
  let current = value;
  for (let name of path) current = isRecord(current) ? current[name] : void 0;
  return current;
}
function onlySignature(signatures) {
  return Array.isArray(signatures) && signatures.length === 1 && isRecord(signatures[0]) ? signatures[0] : void 0;
}
function fromVerifier(verifier) {
  let key = field(verifier, "publicKey", "rawBytes"), certificate = field(verifier, "x509Certificate", "rawBytes");
  if (typeof key == "string" && certificate === void 0) return nonEmpty("key", key);
  if (typeof certificate == "string" && key === void 0) return nonEmpty("certificate", certificate);
}
function nonEmpty(kind, base64) {
  let der = Buffer.from(base64, "base64");
  return der.length > 0 ? { kind, der } : void 0;
}
var PEM_KINDS = { "PUBLIC KEY": "key", CERTIFICATE: "certificate" };
function fromPem(text) {
  let match = /^\s*-----BEGIN ([A-Z ]+)-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END \1-----\s*$/.exec(text), kind = match?.[1] === void 0 ? void 0 : PEM_KINDS[match[1]];
  return kind === void 0 || match?.[2] === void 0 ? void 0 : nonEmpty(kind, match[2].replace(/[\r\n]/g, ""));
}

// src/adapters/sigstore/tlog-window.ts
function materialFor(material, entity) {
  let proofOnly = entity.tlogEntries.filter((entry) => entry.inclusionPromise === void 0);
  if (proofOnly.length === 0) return material;
  let signed = signedTimes(entity), times = signed.length > 0 ? signed : [/* @__PURE__ */ new Date()], tlogs = material.tlogs.filter(
    (log) => !proofOnly.some((entry) => log.logID.equals(entry.logId.keyId)) || times.every((time) => holds(log, time))
  );
  return tlogs.length === material.tlogs.length ? material : { ...material, tlogs };
}
function signedTimes(entity) {
  let times = [];
  for (let timestamp of entity.timestamps)
    if (timestamp.$case === "timestamp-authority")
      try {
        times.push(timestamp.timestamp.signingTime);
      } catch {
      }
  for (let entry of entity.tlogEntries) entry.inclusionPromise !== void 0 && times.push(...ownTime(entry));
  return times;
}
function ownTime(entry) {
  let seconds = Number(entry.integratedTime);
  return Number.isFinite(seconds) && seconds > 0 ? [new Date(seconds * 1e3)] : [];
}
function holds(log, time) {
  let at = time.getTime();
  return log.validFor.start.getTime() <= at && at <= log.validFor.end.getTime();
}

// src/adapters/sigstore/private-ca.ts
var MAX_CARRIED_CERTIFICATES = 10;
function verifyWithPrivateCa(input, trust, rules) {
  let { leaf, carried } = signatureCertificates(input.bundle), names;
  try {
    names = subjectAltNames(leaf.fields);
  } catch (error) {
    return reject("malformed", `the signing certificate's names cannot be read (${error instanceof NameError ? error.message : String(error)})`);
  }
  let chainedRejections = [], unchained = [];
  for (let authority of parseAuthorities(rules.certificateAuthorities)) {
    let intermediates = authority.intermediates.length > 0 ? authority.intermediates : carried, built = buildPaths(leaf, authority.roots, intermediates);
    if (built.paths.length === 0) {
      unchained.push(`not to ${authority.rule.name} (${built.problem ?? "no path"})`);
      continue;
    }
    let problems = built.paths.map((path) => pathProblem(path, names)), paths = built.paths.filter((_, index) => problems[index] === void 0);
    if (paths.length === 0) {
      chainedRejections.push({
        code: "untrusted-ca",
        message: `the certificate chains to ${authority.rule.name}, but ${problems[0] ?? "the path is not valid"}`
      });
      continue;
    }
    try {
      return verifyTimesAndLogs(authority.rule, paths, leaf, input, trust.material), { signer: signerOf(leaf, names, rules.identities), transparencyLog: authority.rule.requireTlog ? "verified" : "not-checked" };
    } catch (error) {
      chainedRejections.push(toRejection(error, input.facts));
    }
  }
  let first = chainedRejections[0];
  if (first !== void 0) throw new RejectionError(first);
  return reject("untrusted-ca", `the signing certificate does not chain to a trusted private certificate authority: ${unchained.join("; ")}`);
}
function signatureCertificates(bundle) {
  let material = bundle.verificationMaterial.content, raw = material.$case === "x509CertificateChain" ? material.x509CertificateChain.certificates.map((cert) => Buffer.from(cert.rawBytes)) : material.$case === "certificate" ? [Buffer.from(material.certificate.rawBytes)] : [], [leafDer, ...chain] = raw;
  if (leafDer === void 0) return reject("malformed", "the signature carries no certificate");
  chain.length > MAX_CARRIED_CERTIFICATES && reject("malformed", `the signature carries ${chain.length} chain certificates (at most ${MAX_CARRIED_CERTIFICATES})`);
  try {
    return { leaf: parseCertificate(leafDer), carried: chain.slice(0, -1).map(parseCertificate) };
  } catch (error) {
    return reject("malformed", `a certificate of the signature does not parse (${errorMessage(error)})`);
  }
}
var parsedAuthorities = /* @__PURE__ */ new WeakMap();
function parseAuthorities(rules) {
  return rules.map((rule) => {
    let known = parsedAuthorities.get(rule);
    if (known !== void 0) return known;
    try {
      let authority = { rule, roots: parsePemCertificates(rule.rootsPem), intermediates: parsePemCertificates(rule.intermediatesPem ?? "") };
      if (authority.roots.length === 0) throw new Error("no root certificate");
      return parsedAuthorities.set(rule, authority), authority;
    } catch (error) {
      throw configError(`Certificate authority ${rule.name}: its certificates cannot be used (${errorMessage(error)})`, error);
    }
  });
}
function verifyTimesAndLogs(rule, paths, leaf, input, material) {
  rule.requireSct && requireSct(leaf, paths, material);
  let content = input.bundle.content, messageDigest = content.$case === "messageSignature" ? signedDigestAlgorithm(content.messageSignature) : void 0, signed = input.signatureCheckedByEntity === !0 ? input.entity : input.data && withCertificateKeySignature(input.entity, input.data, messageDigest);
  signed === void 0 && reject("not-bound-to-digest", "a message-signature bundle signs bytes we do not have");
  let proven = [], timeProblem, validFor = (date) => {
    let problem = firstProblemAt(paths, date);
    return problem !== void 0 ? timeProblem ??= problem : proven.push(date), problem === void 0;
  }, keyed = { ...signed, key: { $case: "public-key", hint: "" } }, entity = rule.requireTlog ? keyed : { ...keyed, tlogEntries: [], timestamps: keyed.timestamps.filter((timestamp) => timestamp.$case === "timestamp-authority") }, required = rule.requireTlog ? 1 : 0;
  try {
    let logs = materialFor(material, entity);
    new import_verify2.Verifier(
      { ...logs, publicKey: () => ({ publicKey: leaf.key, validFor }) },
      { tlogThreshold: required, ctlogThreshold: 0, timestampThreshold: required }
    ).verify(entity);
  } catch (error) {
    throw timeProblem !== void 0 && reject("certificate-expired", `the certificate was not valid when it signed: ${timeProblem}`), error;
  }
  if (requireEntriesRecordSigner(entity.tlogEntries, { kind: "certificate", der: leaf.der }), proven.length === 0) {
    let problem = firstProblemAt(paths, /* @__PURE__ */ new Date());
    problem !== void 0 && reject(
      "certificate-expired",
      `nothing proves when it was signed (no transparency-log entry required, no timestamp), so the certificate must be valid now, and ${problem}`
    );
  }
}
function firstProblemAt(paths, date) {
  let problems = paths.map((path) => problemAt(path, date));
  return problems.includes(void 0) ? void 0 : problems[0];
}
function requireSct(leaf, paths, material) {
  let issuer = paths[0]?.[1], clone = leaf.fields.clone(), index = clone.extensions.findIndex((ext2) => ext2.subs[0]?.toOID() === import_core4.EXTENSION_OID_SCT), ext = index < 0 ? void 0 : clone.extensions[index];
  (issuer === void 0 || ext === void 0) && reject(
    "untrusted-ca",
    "the certificate carries no SCT (proof that it was logged in a certificate transparency log); a private CA without one is trusted only with --insecure-ignore-sct (input insecure-ignore-sct, policy require-sct: false)"
  );
  let scts;
  try {
    scts = readScts(ext);
  } catch (error) {
    return reject("malformed", `the certificate's SCT list cannot be read (${errorMessage(error)})`);
  }
  scts.length === 0 && reject("untrusted-ca", "the certificate's SCT list is empty"), clone.extensions.splice(index, 1);
  let tbs = clone.tbsCertificate.toDER(), preCert = new import_core4.ByteStream();
  preCert.appendView(import_core4.crypto.digest("sha256", issuer.fields.publicKey)), preCert.appendUint24(tbs.length), preCert.appendView(tbs);
  for (let sct of scts)
    material.ctlogs.filter(
      (log) => log.logID.equals(sct.logID) && log.validFor.start <= sct.datetime && sct.datetime <= log.validFor.end
    ).some((log) => sct.verify(preCert.buffer, log.publicKey)) || reject(
      "untrusted-ca",
      `an SCT of the certificate (log ${sct.logID.toString("hex").slice(0, 16)}\u2026) does not verify with a CT log of the trusted root`
    );
}
function readScts(ext) {
  return new import_core4.X509SCTExtension(ext).signedCertificateTimestamps;
}
function signerOf(leaf, names, identities) {
  let signer = identityFromCertificate(leaf.fields), candidates = identityNames(names);
  for (let identity of candidates)
    if (matchIdentity({ ...signer, identity }, identities).matched) return { ...signer, identity };
  let verdict = matchIdentity({ ...signer, identity: candidates[0] ?? "" }, identities);
  if (verdict.matched) return signer;
  let all = candidates.length > 1 ? ` (its names: ${candidates.join(", ")})` : "";
  return reject(verdict.code, `${verdict.message}${all}`);
}

// src/adapters/sigstore/trusted-root-ca.ts
var import_verify3 = __toESM(require_dist4(), 1);
function verifyWithTrustedRootCa(entity, material, rules) {
  let ctlogThreshold = rules.ignoreSct === !0 ? 0 : 1;
  if (rules.ignoreTlog !== !0)
    return new import_verify3.Verifier(materialFor(material, entity), { ctlogThreshold }).verify(entity), entity.tlogEntries.length > 0 ? "verified" : "not-checked";
  let timestamps2 = entity.timestamps.filter((timestamp) => timestamp.$case === "timestamp-authority");
  return timestamps2.length === 0 && reject(
    "certificate-expired",
    "the transparency log is not checked (insecure-ignore-tlog) and no RFC 3161 timestamp proves when the short-lived certificate signed, so its validity cannot be judged"
  ), new import_verify3.Verifier(material, { ctlogThreshold, tlogThreshold: 0, timestampThreshold: 1 }).verify({ ...entity, tlogEntries: [], timestamps: timestamps2 }), "not-checked";
}

// src/adapters/sigstore/check-bundle.ts
var KNOWN_BUNDLE_MEDIA_TYPES = [
  import_bundle.BUNDLE_V01_MEDIA_TYPE,
  import_bundle.BUNDLE_V02_MEDIA_TYPE,
  import_bundle.BUNDLE_V03_LEGACY_MEDIA_TYPE,
  import_bundle.BUNDLE_V03_MEDIA_TYPE
];
function checkBundle(json, artifact, trust, rules) {
  let check = {}, facts;
  try {
    let bundle = parseBundle(json), content = bundle.content;
    if (content.$case === "dsseEnvelope")
      check.dsse = { payloadType: content.dsseEnvelope.payloadType, payload: Buffer.from(content.dsseEnvelope.payload) };
    else {
      let digest = content.messageSignature.messageDigest;
      check.messageDigest = `${digestAlgorithmName(digest.algorithm)}:${Buffer.from(digest.digest).toString("hex")}`;
    }
    let certificateDer = leafCertificateDer(bundle), certificate = certificateDer && parseCertificate2(certificateDer);
    certificate && (check.signer = identityFromCertificate(certificate)), content.$case === "messageSignature" && artifact === void 0 && reject("not-bound-to-digest", "a message-signature bundle signs bytes we do not have, so what it signed cannot be tied to this digest");
    let bytes = Buffer.isBuffer(artifact) ? artifact : void 0, prehash = content.$case === "messageSignature" && artifact !== void 0 && !Buffer.isBuffer(artifact) ? artifact : void 0;
    if (content.$case === "messageSignature") {
      let given = prehash ?? (bytes && digestOfBytes(content.messageSignature, bytes));
      given && requireSignedDigest(content.messageSignature, given);
    }
    let entity;
    try {
      entity = (0, import_verify4.toSignedEntity)(bundle, bytes);
    } catch (error) {
      reject("malformed", `the bundle's verification material cannot be read (${errorMessage(error)})`);
    }
    let prehashCheck = prehash && certificate && new PrehashCheck(prehash, Buffer.from(entity.signature.signature), () => CERTIFICATE_SCHEMES);
    prehashCheck && (entity = withSignatureCheck(entity, (key) => prehashCheck.verifies(key))), facts = {
      keyless: certificate !== void 0,
      tlogEntries: entity.tlogEntries.length,
      timestamps: entity.timestamps.length,
      timestampOverOtherSignature: timestampOverOtherSignature(entity),
      ...certificate ? { certificateNotAfter: certificate.notAfter } : {}
    };
    let authorities = rules.certificateAuthorities ?? [];
    if (certificate && check.signer?.kind === "keyless" && authorities.length > 0)
      ({ signer: check.signer, transparencyLog: check.transparencyLog } = verifyWithPrivateCa(
        { bundle, entity, data: signedBytes(bundle, bytes), signatureCheckedByEntity: prehashCheck !== void 0, facts },
        trust,
        { identities: rules.identities, certificateAuthorities: authorities }
      ));
    else if (certificate && check.signer?.kind === "keyless") {
      let transparencyLog = verifyWithTrustedRootCa(entity, trust.material, rules);
      transparencyLog === "verified" && requireEntriesRecordSigner(entity.tlogEntries, { kind: "certificate", der: certificateDer });
      let verdict = matchIdentity(check.signer, rules.identities);
      verdict.matched || reject(verdict.code, verdict.message), check.transparencyLog = transparencyLog;
    } else
      ({ signer: check.signer, transparencyLog: check.transparencyLog } = verifyWithKeys(
        entity,
        prehash ?? signedBytes(bundle, bytes),
        trust,
        rules.keys
      ));
  } catch (error) {
    error instanceof KeyRejection && (check.signer = error.signer), check.rejection = toRejection(error, facts);
  }
  return check;
}
function timestampOverOtherSignature(entity) {
  return entity.timestamps.some((timestamp) => {
    if (timestamp.$case !== "timestamp-authority") return !1;
    try {
      return timestamp.timestamp.tstInfo.verify(entity.signature.signature), !1;
    } catch {
      return !0;
    }
  });
}
function parseBundle(json) {
  isRecord(json) || reject("malformed", "the bundle is not a JSON object");
  let mediaType = json.mediaType;
  (typeof mediaType != "string" || !KNOWN_BUNDLE_MEDIA_TYPES.includes(mediaType)) && reject("unknown-media-type", `unknown bundle media type ${JSON.stringify(mediaType ?? null)} (known: Sigstore bundle v0.1, v0.2, v0.3)`);
  try {
    return (0, import_bundle.bundleFromJSON)(json);
  } catch (error) {
    reject("malformed", `not a valid Sigstore bundle (${errorMessage(error)})`);
  }
}
function leafCertificateDer(bundle) {
  let material = bundle.verificationMaterial.content;
  if (material.$case === "publicKey") return;
  let raw = material.$case === "certificate" ? material.certificate.rawBytes : material.x509CertificateChain.certificates[0]?.rawBytes;
  return raw === void 0 && reject("malformed", "the bundle names a certificate chain with no certificate"), Buffer.from(raw);
}
function parseCertificate2(raw) {
  try {
    let certificate = import_core5.X509Certificate.parse(raw);
    if (certificate.publicKey.length === 0 || Number.isNaN(certificate.notAfter.getTime())) throw new Error("no public key or validity");
    return certificate;
  } catch (error) {
    reject("malformed", `the signing certificate does not parse (${errorMessage(error)})`);
  }
}
function verifyWithKeys(entity, data, trust, rules) {
  rules.length === 0 && reject("untrusted-key", "signed with a key, and no trusted public key is configured"), data === void 0 && reject("not-bound-to-digest", "a message-signature bundle signs bytes we do not have");
  let keys = parsePublicKeyRules(rules), signature = Buffer.from(entity.signature.signature), prehashCheck = Buffer.isBuffer(data) ? void 0 : new PrehashCheck(data, signature, trustedKeySchemes), verdict = (key) => prehashCheck?.verdict(key) ?? (Buffer.isBuffer(data) && verifyWithKeyHash(data, key, signature) ? { kind: "valid" } : { kind: "invalid" }), tried = [], match = keys.find((candidate) => {
    let found = verdict(candidate.key);
    return tried.push(found), found.kind === "valid";
  });
  if (!match) {
    let uncheckable = tried.find((found) => found.kind === "uncheckable");
    uncheckable && reject("not-bound-to-digest", uncheckable.reason), reject("untrusted-key", `the signature does not verify with any of the ${keys.length} trusted public key(s)`);
  }
  let signer = { kind: "key", keyId: match.keyId, name: match.rule.name };
  if (match.rule.requireTlog && entity.tlogEntries.length === 0) throw new KeyRejection(signer, missingTlogEntry(match.rule));
  let material = { ...materialFor(trust.material, entity), publicKey: () => ({ publicKey: match.key, validFor: () => !0 }) }, keyHashed = Buffer.isBuffer(data) ? withKeyHashedSignature(entity, data) : withSignatureCheck(entity, (key) => prehashCheck?.verifies(key) ?? !1);
  try {
    new import_verify4.Verifier(material, { tlogThreshold: match.rule.requireTlog ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(
      match.rule.requireTlog ? keyHashed : { ...keyHashed, tlogEntries: [] }
    ), match.rule.requireTlog && requireEntriesRecordSigner(entity.tlogEntries, { kind: "key", key: match.key });
  } catch (error) {
    let rejection = toRejection(error, {
      keyless: !1,
      tlogEntries: entity.tlogEntries.length,
      timestamps: entity.timestamps.length,
      timestampOverOtherSignature: timestampOverOtherSignature(entity)
    });
    throw new KeyRejection(signer, rejection);
  }
  return { signer, transparencyLog: match.rule.requireTlog ? "verified" : "not-checked" };
}
var KeyRejection = class extends RejectionError {
  constructor(signer, rejection) {
    super(rejection);
    this.signer = signer;
  }
  signer;
};
function digestAlgorithmName(algorithm) {
  return ["sha256", "sha256", "sha384", "sha512", "sha3-256", "sha3-384"][algorithm] ?? "unknown";
}

// src/adapters/sigstore/trusted-root.ts
var import_protobuf_specs3 = __toESM(require_dist(), 1), import_verify5 = __toESM(require_dist4(), 1);

// assets/trusted_root.public-good.json
var trusted_root_public_good_default = {
  mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
  tlogs: [
    {
      baseUrl: "https://rekor.sigstore.dev",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==",
        keyDetails: "PKIX_ECDSA_P256_SHA_256",
        validFor: {
          start: "2021-01-12T11:53:27Z"
        }
      },
      logId: {
        keyId: "wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="
      }
    },
    {
      baseUrl: "https://log2025-1.rekor.sigstore.dev",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=",
        keyDetails: "PKIX_ED25519",
        validFor: {
          start: "2025-09-23T00:00:00Z"
        }
      },
      logId: {
        keyId: "zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A="
      }
    }
  ],
  certificateAuthorities: [
    {
      subject: {
        organization: "sigstore.dev",
        commonName: "sigstore"
      },
      uri: "https://fulcio.sigstore.dev",
      certChain: {
        certificates: [
          {
            rawBytes: "MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=="
          }
        ]
      },
      validFor: {
        start: "2021-03-07T03:20:29Z",
        end: "2022-12-31T23:59:59.999Z"
      }
    },
    {
      subject: {
        organization: "sigstore.dev",
        commonName: "sigstore"
      },
      uri: "https://fulcio.sigstore.dev",
      certChain: {
        certificates: [
          {
            rawBytes: "MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow="
          },
          {
            rawBytes: "MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ"
          }
        ]
      },
      validFor: {
        start: "2022-04-13T20:06:15Z"
      }
    }
  ],
  ctlogs: [
    {
      baseUrl: "https://ctfe.sigstore.dev/test",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==",
        keyDetails: "PKIX_ECDSA_P256_SHA_256",
        validFor: {
          start: "2021-03-14T00:00:00Z",
          end: "2022-10-31T23:59:59.999Z"
        }
      },
      logId: {
        keyId: "CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I="
      }
    },
    {
      baseUrl: "https://ctfe.sigstore.dev/2022",
      hashAlgorithm: "SHA2_256",
      publicKey: {
        rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==",
        keyDetails: "PKIX_ECDSA_P256_SHA_256",
        validFor: {
          start: "2022-10-20T00:00:00Z"
        }
      },
      logId: {
        keyId: "3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4="
      }
    }
  ],
  timestampAuthorities: [
    {
      subject: {
        organization: "sigstore.dev",
        commonName: "sigstore-tsa-selfsigned"
      },
      uri: "https://timestamp.sigstore.dev/api/v1/timestamp",
      certChain: {
        certificates: [
          {
            rawBytes: "MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=="
          },
          {
            rawBytes: "MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E"
          }
        ]
      },
      validFor: {
        start: "2025-07-04T00:00:00Z"
      }
    }
  ]
};

// src/adapters/sigstore/trusted-root-check.ts
var import_core6 = __toESM(require_dist3(), 1), import_protobuf_specs2 = __toESM(require_dist(), 1);
import { createHash as createHash5, createPublicKey as createPublicKey3, X509Certificate as NodeX509Certificate2 } from "node:crypto";
var RootProblem = class extends Error {
};
function checkTrustedRoot(root, json) {
  let unusable = [], logs = (kind) => usableEntries(root[kind], rawList(json, kind), kind, unusable, (log, raw, where) => checkLog(log, raw, kind, where)), authorities = (kind) => usableEntries(root[kind], rawList(json, kind), kind, unusable, checkAuthority);
  return { usable: {
    mediaType: root.mediaType,
    tlogs: logs("tlogs"),
    ctlogs: logs("ctlogs"),
    certificateAuthorities: authorities("certificateAuthorities"),
    timestampAuthorities: authorities("timestampAuthorities")
  }, unusable };
}
var Unusable = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function usableEntries(entries, raw, kind, unusable, check) {
  let kept = [];
  return entries.forEach((entry, index) => {
    let where = entryName(kind, index, entry), checked = check(entry, raw[index], where);
    checked instanceof Unusable ? unusable.push(`${where} ${checked.reason}, so it is not used`) : kept.push(checked);
  }), kept;
}
function rawList(json, kind) {
  let list = json[kind];
  if (list == null) return [];
  if (!Array.isArray(list)) throw new RootProblem(`${kind} is not a list`);
  return list;
}
function checkLog(log, raw, kind, where) {
  let publicKey = log.publicKey;
  if (publicKey?.rawBytes === void 0 || publicKey.rawBytes.length === 0) throw new RootProblem(`${where}: it has no public key`);
  let spec = keySpec(publicKey.keyDetails);
  if (spec === void 0) {
    if (publicKey.keyDetails === import_protobuf_specs2.PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED)
      throw new RootProblem(`${where}: its publicKey.keyDetails is missing`);
    return new Unusable(`has a ${import_protobuf_specs2.PublicKeyDetails[publicKey.keyDetails]} key, which image-gate cannot verify with`);
  }
  let key = parseLogKey(publicKey.rawBytes, spec, where), ids = logIds(key, publicKey.rawBytes, spec, kind === "tlogs" ? noteOrigin(log.baseUrl) : void 0), logId = log.logId?.keyId;
  if (logId === void 0 || logId.length === 0) throw new RootProblem(`${where}: it has no logId`);
  if (!ids.some((id) => id.equals(logId))) throw new RootProblem(`${where}: its logId does not match its public key`);
  let checkpointKeyId = log.checkpointKeyId?.keyId;
  if (checkpointKeyId !== void 0 && !ids.some((id) => id.equals(checkpointKeyId)))
    throw new RootProblem(`${where}: its checkpointKeyId does not match its public key`);
  let window2 = exactWindow(rawField(rawField(raw, "publicKey"), "validFor"), where);
  return window2.start === void 0 ? new Unusable(NO_START) : { ...log, publicKey: { ...publicKey, validFor: window2 } };
}
var rsa = (format, bits) => ({
  label: `RSA${bits ? ` ${bits}` : ""}`,
  format,
  type: "rsa",
  ...bits ? { bits } : {}
}), ec = (label, curve) => ({ label: `ECDSA ${label}`, format: "spki", type: "ec", curve }), ED25519 = { label: "Ed25519", format: "spki", type: "ed25519" }, KEY_SPECS = {
  PKCS1_RSA_PKCS1V5: rsa("pkcs1"),
  PKCS1_RSA_PSS: rsa("pkcs1"),
  PKIX_RSA_PKCS1V5: rsa("spki"),
  PKIX_RSA_PSS: rsa("spki"),
  PKIX_RSA_PKCS1V15_2048_SHA256: rsa("spki", 2048),
  PKIX_RSA_PKCS1V15_3072_SHA256: rsa("spki", 3072),
  PKIX_RSA_PKCS1V15_4096_SHA256: rsa("spki", 4096),
  PKIX_RSA_PSS_2048_SHA256: rsa("spki", 2048),
  PKIX_RSA_PSS_3072_SHA256: rsa("spki", 3072),
  PKIX_RSA_PSS_4096_SHA256: rsa("spki", 4096),
  PKIX_ECDSA_P256_SHA_256: ec("P-256", "prime256v1"),
  PKIX_ECDSA_P256_HMAC_SHA_256: ec("P-256", "prime256v1"),
  PKIX_ECDSA_P384_SHA_384: ec("P-384", "secp384r1"),
  PKIX_ECDSA_P384_SHA_256: ec("P-384", "secp384r1"),
  PKIX_ECDSA_P521_SHA_512: ec("P-521", "secp521r1"),
  PKIX_ECDSA_P521_SHA_256: ec("P-521", "secp521r1"),
  PKIX_ED25519: ED25519,
  PKIX_ED25519_PH: ED25519
};
function keySpec(details) {
  let name = import_protobuf_specs2.PublicKeyDetails[details];
  return name === void 0 ? void 0 : KEY_SPECS[name];
}
function parseLogKey(rawBytes, spec, where) {
  let key;
  try {
    key = createPublicKey3({ key: Buffer.from(rawBytes), format: "der", type: spec.format });
  } catch {
    throw new RootProblem(`${where}: its public key does not parse as the ${spec.label} key its keyDetails declares`);
  }
  let details = key.asymmetricKeyDetails;
  if (!(key.asymmetricKeyType === spec.type && (spec.curve === void 0 || details?.namedCurve === spec.curve) && (spec.bits === void 0 || details?.modulusLength === spec.bits))) throw new RootProblem(`${where}: its public key is not the ${spec.label} key its keyDetails declares`);
  return key;
}
function logIds(key, rawBytes, spec, origin) {
  let spki = spec.format === "spki" ? Buffer.from(rawBytes) : key.export({ format: "der", type: "spki" }), ids = [sha2563(spki)];
  if (origin === void 0) return ids;
  if (spec.type === "ed25519") {
    let raw = Buffer.from(key.export({ format: "jwk" }).x ?? "", "base64url");
    ids.push(sha2563(Buffer.from(`${origin}
`), Buffer.from([1]), raw));
  } else spec.type === "rsa" && ids.push(sha2563(Buffer.from(`${origin}
`), Buffer.from([255]), Buffer.from("PKIX-RSA-PKCS#1v1.5"), spki));
  return ids;
}
function noteOrigin(baseUrl) {
  return baseUrl.replace(/^https?:\/\//, "").replace(/\/+$/, "");
}
function sha2563(...parts) {
  let hash = createHash5("sha256");
  for (let part of parts) hash.update(part);
  return hash.digest();
}
function checkAuthority(authority, raw, where) {
  let certificates = authority.certChain?.certificates ?? [];
  if (certificates.length === 0) throw new RootProblem(`${where}: its certChain has no certificate`);
  certificates.forEach((certificate, index) => {
    if (!certificateParses(certificate.rawBytes)) throw new RootProblem(`${where}: certificate ${index} of its certChain does not parse`);
  });
  let window2 = exactWindow(rawField(raw, "validFor"), where);
  return window2.start === void 0 ? new Unusable(NO_START) : { ...authority, validFor: window2 };
}
function certificateParses(rawBytes) {
  if (rawBytes === void 0 || rawBytes.length === 0) return !1;
  try {
    let bytes = Buffer.from(rawBytes);
    new NodeX509Certificate2(bytes);
    let certificate = import_core6.X509Certificate.parse(bytes);
    return certificate.publicKey.length > 0 && !Number.isNaN(certificate.notBefore.getTime()) && !Number.isNaN(certificate.notAfter.getTime());
  } catch {
    return !1;
  }
}
var NO_START = "has no validity start (validFor.start)";
function exactWindow(validFor, where) {
  if (validFor == null) return { start: void 0 };
  if (typeof validFor != "object" || Array.isArray(validFor)) throw new RootProblem(`${where}: its validFor is not an object`);
  let start = exactTime(rawField(validFor, "start"), "start", where), end = exactTime(rawField(validFor, "end"), "end", where);
  if (start !== void 0 && end !== void 0 && start.getTime() > end.getTime())
    throw new RootProblem(`${where}: its validity ends (${end.toISOString()}) before it starts (${start.toISOString()})`);
  return end === void 0 ? { start } : { start, end };
}
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;
function exactTime(value, edge, where) {
  if (value == null) return;
  let match = typeof value == "string" ? RFC3339.exec(value) : null, notATime = new RootProblem(`${where}: its validFor.${edge} is not an RFC 3339 time`);
  if (!match) throw notATime;
  let [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number), fraction = match[7] ?? "", offsetMinutes = match[8] === void 0 ? 0 : (match[8] === "-" ? -1 : 1) * (Number(match[9]) * 60 + Number(match[10])), midnight = Date.UTC(year, month - 1, day), sameDay = new Date(midnight);
  if (month < 1 || month > 12 || sameDay.getUTCDate() !== day || sameDay.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59)
    throw notATime;
  let millis = midnight + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1e3 + Number(fraction.slice(0, 3).padEnd(3, "0")), roundUp = edge === "start" && /[1-9]/.test(fraction.slice(3));
  return new Date(millis + (roundUp ? 1 : 0));
}
function rawField(value, name) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value[name] : void 0;
}
function entryName(kind, index, entry) {
  let url = rawField(entry, "baseUrl") ?? rawField(entry, "uri"), shown = typeof url == "string" ? shownUrl(url) : void 0;
  return `${kind}[${index}]${shown === void 0 ? "" : ` (${shown})`}`;
}
function shownUrl(value) {
  if (!(value.length > 200 || !/^[\x21-\x7e]+$/.test(value)))
    try {
      let url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "" && url.search === "" && url.hash === "" ? value : void 0;
    } catch {
      return;
    }
}

// src/adapters/sigstore/trusted-root.ts
function loadTrustedRoot(path, logger) {
  if (path === void 0) return trustContextFromJSON(trusted_root_public_good_default, "the public-good Sigstore trusted root shipped with image-gate", logger);
  let bytes = readInputFileSync(path, { what: "trusted root", maxBytes: INPUT_LIMITS.trustedRoot });
  return trustContextFromJSON(parseJsonDocument(bytes, `trusted root ${path}`), `trusted root ${path}`, logger);
}
function trustContextFromJSON(json, origin, logger) {
  let context;
  try {
    if (typeof json != "object" || json === null || Array.isArray(json)) throw new RootProblem("not a JSON object");
    let mediaType = json.mediaType;
    if (typeof mediaType != "string" || !mediaType.startsWith("application/vnd.dev.sigstore.trustedroot"))
      throw new RootProblem("mediaType is not application/vnd.dev.sigstore.trustedroot\u2026");
    let root = import_protobuf_specs3.TrustedRoot.fromJSON(json);
    if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0)
      throw new RootProblem("it lists no certificate authority and no transparency log");
    let { usable, unusable } = checkTrustedRoot(root, json);
    if (usable.certificateAuthorities.length === 0 && usable.tlogs.length === 0)
      throw new RootProblem(`none of its certificate authorities and transparency logs is usable (${unusable.join("; ")})`);
    context = { origin, material: (0, import_verify5.toTrustMaterial)(usable), unusable };
  } catch (error) {
    throw configError(`The ${origin} is not a valid Sigstore trusted root: ${rootProblem(error)}`, error);
  }
  for (let line of context.unusable) logger?.warning(`The ${origin}: ${line}`);
  return context;
}
function rootProblem(error) {
  if (error instanceof RootProblem) return error.message;
  let message = error instanceof Error ? error.message : "", enumName = /^Unrecognized enum value [\s\S]* for enum (\w+)$/.exec(message)?.[1];
  if (enumName !== void 0) return `a field of type ${enumName} has a value that is not one of its names`;
  let code = error?.code;
  return `its content does not have the trusted root's shape (${typeof code == "string" && /^ERR_[A-Z0-9_]+$/.test(code) ? code : error instanceof Error ? error.name : typeof error})`;
}
var TUF_TIMEOUT_MS = 5e3;
async function loadTrustedRootFresh(path, options) {
  if (path !== void 0) return loadTrustedRoot(path, options.logger);
  let timeoutMs = options.timeoutMs ?? TUF_TIMEOUT_MS;
  try {
    let { getTrustedRoot } = await import("./dist-GL23TKMZ.js"), timer, deadline = new Promise((_, reject2) => {
      timer = setTimeout(() => reject2(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      let root = await Promise.race([
        getTrustedRoot({
          cachePath: options.cacheDir,
          ...options.mirrorUrl !== void 0 && { mirrorURL: options.mirrorUrl },
          timeout: timeoutMs,
          retry: !1
        }),
        deadline
      ]);
      return options.logger.debug("Using the public-good Sigstore trusted root refreshed through TUF"), trustContextFromJSON(import_protobuf_specs3.TrustedRoot.toJSON(root), "public-good Sigstore trusted root (refreshed through TUF)", options.logger);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    return options.logger.debug(`Could not refresh the Sigstore trusted root through TUF (${errorMessage(error)}); using the root shipped with image-gate`), loadTrustedRoot(void 0, options.logger);
  }
}

// src/adapters/sigstore/cosign-layer.ts
var import_bundle2 = __toESM(require_dist2(), 1);
import { createHash as createHash6, X509Certificate as NodeX509Certificate3 } from "node:crypto";
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
        mediaType: import_bundle2.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial,
        messageSignature: {
          messageDigest: { algorithm: tlog.digest.algorithm, digest: createHash6(tlog.digest.hash).update(payload).digest("base64") },
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
    return isRecord(envelope) || reject("malformed", "the attestation layer is not a DSSE envelope"), { bundle: { mediaType: import_bundle2.BUNDLE_V01_MEDIA_TYPE, verificationMaterial, dsseEnvelope: envelope } };
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
    certificates = [new NodeX509Certificate3(certificatePem).raw, ...pemCertificates(chainPem ?? "")];
  } catch (error) {
    return reject("malformed", `the certificate or chain annotation does not parse (${errorMessage(error)})`);
  }
  return { x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString("base64") })) } };
}
function pemCertificates(pem) {
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []).map((block) => new NodeX509Certificate3(block).raw);
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
  let parsed2;
  try {
    parsed2 = JSON.parse(annotation);
  } catch {
    reject("malformed", `the ${ANNOTATION.timestamp} annotation is not JSON`);
  }
  let signed = isRecord(parsed2) ? parsed2.SignedRFC3161Timestamp : void 0;
  return typeof signed != "string" && reject("malformed", `the ${ANNOTATION.timestamp} annotation has no SignedRFC3161Timestamp`), { rfc3161Timestamps: [{ signedTimestamp: cosignBase64(signed, `the ${ANNOTATION.timestamp} annotation's SignedRFC3161Timestamp`) }] };
}
function strictBase64(value, what) {
  (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) && reject("malformed", `${what} is not valid base64`);
}
function cosignBase64(value, what) {
  let unwrapped = value.replace(/[\r\n]/g, "");
  return strictBase64(unwrapped, what), unwrapped;
}

// src/adapters/sigstore/verify-evidence.ts
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
  parsePublicKeyRules,
  toRejection,
  formatDigest,
  parseArtifactDigest,
  parseStatement,
  requireSubject,
  checkBundle,
  loadTrustedRoot,
  loadTrustedRootFresh,
  verifyEvidence
};
/*! For license information please see chunk-PVSLAWAR.js.LEGAL.txt */
