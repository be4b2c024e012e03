import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  C0_CONTROLS,
  DECEPTIVE,
  DEL_AND_C1_CONTROLS,
  LINE_SEPARATORS,
  characterClass,
  describeSigner,
  evidenceKind,
  evidenceStatus,
  findingId,
  findingPackage,
  findingPath,
  isEnforced,
  modeText,
  requirementStatus,
  sourceName,
  transparencyLogNote,
  truncate
} from "./chunk-FWII52N6.js";
import {
  SEVERITIES,
  emptySeverityCounts,
  emptySeverityLists,
  isSeverity,
  severityRank
} from "./chunk-LGNO2SGX.js";
import {
  evaluateSignatures,
  isTrusted
} from "./chunk-4ENMLC6D.js";
import {
  MINIMUM_TRIVY_VERSION,
  runTrivy
} from "./chunk-F2F4G3SM.js";
import {
  TRIVY_SCANNERS
} from "./chunk-MAU7Y6NY.js";
import {
  formatPlatform,
  normalizeRegistryHost
} from "./chunk-BJR5CI72.js";
import {
  formatReference,
  parseImageReference,
  pinnedReference,
  repositoryName
} from "./chunk-WX6WFRWC.js";
import {
  INPUT_LIMITS,
  JsonBytes,
  JsonSyntaxError,
  describeJsonSyntaxError,
  readInputFile,
  readInputText
} from "./chunk-ELAGO25P.js";
import {
  configError,
  errorMessage,
  infrastructureError
} from "./chunk-YQNRIA6J.js";
import {
  __commonJS,
  __toESM
} from "./chunk-AWIWLHBC.js";

// node_modules/packageurl-js/src/error.js
var require_error = __commonJS({
  "node_modules/packageurl-js/src/error.js"(exports, module) {
    "use strict";
    function formatPurlErrorMessage(message = "") {
      let { length } = message, formatted = "";
      if (length) {
        let code0 = message.charCodeAt(0);
        formatted = code0 >= 65 || code0 <= 90 ? `${message[0].toLowerCase()}${message.slice(1)}` : message, length > 1 && message.charCodeAt(length - 1) === 46 && message.charCodeAt(length - 2) !== 46 && (formatted = formatted.slice(0, -1));
      }
      return `Invalid purl: ${formatted}`;
    }
    var PurlError = class extends Error {
      constructor(message) {
        super(formatPurlErrorMessage(message));
      }
    };
    module.exports = {
      formatPurlErrorMessage,
      PurlError
    };
  }
});

// node_modules/packageurl-js/src/decode.js
var require_decode = __commonJS({
  "node_modules/packageurl-js/src/decode.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error(), { decodeURIComponent } = globalThis;
    function decodePurlComponent(comp, encodedURIComponent) {
      try {
        return decodeURIComponent(encodedURIComponent);
      } catch {
      }
      throw new PurlError(`unable to decode "${comp}" component`);
    }
    module.exports = {
      decodePurlComponent
    };
  }
});

// node_modules/packageurl-js/src/constants.js
var require_constants = __commonJS({
  "node_modules/packageurl-js/src/constants.js"(exports, module) {
    "use strict";
    var REUSED_SEARCH_PARAMS = new URLSearchParams(), REUSED_SEARCH_PARAMS_KEY = "_", REUSED_SEARCH_PARAMS_OFFSET = 2;
    module.exports = {
      LOOP_SENTINEL: 1e6,
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    };
  }
});

// node_modules/packageurl-js/src/objects.js
var require_objects = __commonJS({
  "node_modules/packageurl-js/src/objects.js"(exports, module) {
    "use strict";
    var { LOOP_SENTINEL } = require_constants();
    function isObject2(value) {
      return value !== null && typeof value == "object";
    }
    function recursiveFreeze(value_) {
      if (value_ === null || !(typeof value_ == "object" || typeof value_ == "function") || Object.isFrozen(value_))
        return value_;
      let queue = [value_], { length: queueLength } = queue, pos = 0;
      for (; pos < queueLength; ) {
        if (pos === LOOP_SENTINEL)
          throw new Error(
            "Detected infinite loop in object crawl of recursiveFreeze"
          );
        let obj = queue[pos++];
        if (Object.freeze(obj), Array.isArray(obj))
          for (let i = 0, { length } = obj; i < length; i += 1) {
            let item = obj[i];
            item !== null && (typeof item == "object" || typeof item == "function") && !Object.isFrozen(item) && (queue[queueLength++] = item);
          }
        else {
          let keys = Reflect.ownKeys(obj);
          for (let i = 0, { length } = keys; i < length; i += 1) {
            let propValue = obj[keys[i]];
            propValue !== null && (typeof propValue == "object" || typeof propValue == "function") && !Object.isFrozen(propValue) && (queue[queueLength++] = propValue);
          }
        }
      }
      return value_;
    }
    module.exports = {
      isObject: isObject2,
      recursiveFreeze
    };
  }
});

// node_modules/packageurl-js/src/strings.js
var require_strings = __commonJS({
  "node_modules/packageurl-js/src/strings.js"(exports, module) {
    "use strict";
    var { compare: localeCompare } = new Intl.Collator(), regexSemverNumberedGroups = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
    function isBlank(str) {
      for (let i = 0, { length } = str; i < length; i += 1) {
        let code = str.charCodeAt(i);
        if (!// Whitespace characters according to ECMAScript spec:
        // https://tc39.es/ecma262/#sec-white-space
        (code === 32 || // Space
        code === 9 || // Tab
        code === 10 || // Line Feed
        code === 11 || // Vertical Tab
        code === 12 || // Form Feed
        code === 13 || // Carriage Return
        code === 160 || // No-Break Space
        code === 5760 || // Ogham Space Mark
        code === 8192 || // En Quad
        code === 8193 || // Em Quad
        code === 8194 || // En Space
        code === 8195 || // Em Space
        code === 8196 || // Three-Per-Em Space
        code === 8197 || // Four-Per-Em Space
        code === 8198 || // Six-Per-Em Space
        code === 8199 || // Figure Space
        code === 8200 || // Punctuation Space
        code === 8201 || // Thin Space
        code === 8202 || // Hair Space
        code === 8232 || // Line Separator
        code === 8233 || // Paragraph Separator
        code === 8239 || // Narrow No-Break Space
        code === 8287 || // Medium Mathematical Space
        code === 12288 || // Ideographic Space
        code === 65279))
          return !1;
      }
      return !0;
    }
    function isNonEmptyString(value) {
      return typeof value == "string" && value.length > 0;
    }
    function isSemverString(value) {
      return typeof value == "string" && regexSemverNumberedGroups.test(value);
    }
    function lowerName(purl) {
      purl.name = purl.name.toLowerCase();
    }
    function lowerNamespace(purl) {
      let { namespace } = purl;
      typeof namespace == "string" && (purl.namespace = namespace.toLowerCase());
    }
    function lowerVersion(purl) {
      let { version } = purl;
      typeof version == "string" && (purl.version = version.toLowerCase());
    }
    function replaceDashesWithUnderscores(str) {
      let result = "", fromIndex = 0, index = 0;
      for (; (index = str.indexOf("-", fromIndex)) !== -1; )
        result = result + str.slice(fromIndex, index) + "_", fromIndex = index + 1;
      return fromIndex ? result + str.slice(fromIndex) : str;
    }
    function replaceUnderscoresWithDashes(str) {
      let result = "", fromIndex = 0, index = 0;
      for (; (index = str.indexOf("_", fromIndex)) !== -1; )
        result = result + str.slice(fromIndex, index) + "-", fromIndex = index + 1;
      return fromIndex ? result + str.slice(fromIndex) : str;
    }
    function trimLeadingSlashes(str) {
      let start = 0;
      for (; str.charCodeAt(start) === 47; )
        start += 1;
      return start === 0 ? str : str.slice(start);
    }
    module.exports = {
      isBlank,
      isNonEmptyString,
      isSemverString,
      localeCompare,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes,
      trimLeadingSlashes
    };
  }
});

// node_modules/packageurl-js/src/encode.js
var require_encode = __commonJS({
  "node_modules/packageurl-js/src/encode.js"(exports, module) {
    "use strict";
    var {
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    } = require_constants(), { isObject: isObject2 } = require_objects(), { isNonEmptyString } = require_strings(), { encodeURIComponent } = globalThis;
    function encodeNamespace(namespace) {
      return isNonEmptyString(namespace) ? encodeURIComponent(namespace).replace(/%3A/g, ":").replace(/%2F/g, "/") : "";
    }
    function encodeQualifierParam(param) {
      return isNonEmptyString(param) ? (REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param), replacePlusSignWithPercentEncodedSpace(
        REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
      )) : "";
    }
    function encodeQualifiers(qualifiers) {
      if (isObject2(qualifiers)) {
        let qualifiersKeys = Object.keys(qualifiers).sort(), searchParams = new URLSearchParams();
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
          let key = qualifiersKeys[i];
          searchParams.set(key, qualifiers[key]);
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString());
      }
      return "";
    }
    function encodeSubpath(subpath) {
      return isNonEmptyString(subpath) ? encodeURIComponent(subpath).replace(/%2F/g, "/") : "";
    }
    function encodeVersion(version) {
      return isNonEmptyString(version) ? encodeURIComponent(version).replace(/%3A/g, ":").replace(/%2B/g, "+") : "";
    }
    function replacePlusSignWithPercentEncodedSpace(str) {
      return str.replace(/\+/g, "%20");
    }
    module.exports = {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent
    };
  }
});

// node_modules/packageurl-js/src/helpers.js
var require_helpers = __commonJS({
  "node_modules/packageurl-js/src/helpers.js"(exports, module) {
    "use strict";
    function createHelpersNamespaceObject(helpers, options_ = {}) {
      let { comparator, ...defaults } = { __proto__: null, ...options_ }, helperNames = Object.keys(helpers).sort(), propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
      ].sort(comparator), nsObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0, { length } = propNames; i < length; i += 1) {
        let propName = propNames[i], helpersForProp = /* @__PURE__ */ Object.create(null);
        for (let j = 0, { length: length_j } = helperNames; j < length_j; j += 1) {
          let helperName = helperNames[j], helperValue = helpers[helperName][propName] ?? defaults[helperName];
          helperValue !== void 0 && (helpersForProp[helperName] = helperValue);
        }
        nsObject[propName] = helpersForProp;
      }
      return nsObject;
    }
    module.exports = {
      createHelpersNamespaceObject
    };
  }
});

// node_modules/packageurl-js/src/normalize.js
var require_normalize = __commonJS({
  "node_modules/packageurl-js/src/normalize.js"(exports, module) {
    "use strict";
    var { isObject: isObject2 } = require_objects(), { isBlank } = require_strings();
    function normalizeName(rawName) {
      return typeof rawName == "string" ? rawName.trim() : void 0;
    }
    function normalizeNamespace(rawNamespace) {
      return typeof rawNamespace == "string" ? normalizePath(rawNamespace) : void 0;
    }
    function normalizePath(pathname, callback) {
      let collapsed = "", start = 0;
      for (; pathname.charCodeAt(start) === 47; )
        start += 1;
      let nextIndex = pathname.indexOf("/", start);
      if (nextIndex === -1)
        return pathname.slice(start);
      for (; nextIndex !== -1; ) {
        let segment = pathname.slice(start, nextIndex);
        for ((callback === void 0 || callback(segment)) && (collapsed = collapsed + (collapsed.length === 0 ? "" : "/") + segment), start = nextIndex + 1; pathname.charCodeAt(start) === 47; )
          start += 1;
        nextIndex = pathname.indexOf("/", start);
      }
      let lastSegment = pathname.slice(start);
      return lastSegment.length !== 0 && (callback === void 0 || callback(lastSegment)) && (collapsed = collapsed + "/" + lastSegment), collapsed;
    }
    function normalizeQualifiers(rawQualifiers) {
      let qualifiers;
      for (let { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        let trimmed = (typeof value == "string" ? value : String(value)).trim();
        trimmed.length !== 0 && (qualifiers === void 0 && (qualifiers = { __proto__: null }), qualifiers[key.toLowerCase()] = trimmed);
      }
      return qualifiers;
    }
    function normalizeSubpath(rawSubpath) {
      return typeof rawSubpath == "string" ? normalizePath(rawSubpath, subpathFilter) : void 0;
    }
    function normalizeType(rawType) {
      return typeof rawType == "string" ? rawType.trim().toLowerCase() : void 0;
    }
    function normalizeVersion(rawVersion) {
      return typeof rawVersion == "string" ? rawVersion.trim() : void 0;
    }
    function qualifiersToEntries(rawQualifiers) {
      return isObject2(rawQualifiers) ? rawQualifiers instanceof URLSearchParams ? rawQualifiers.entries() : Object.entries(rawQualifiers) : typeof rawQualifiers == "string" ? new URLSearchParams(rawQualifiers).entries() : Object.entries({});
    }
    function subpathFilter(segment) {
      let { length } = segment;
      return length === 1 && segment.charCodeAt(0) === 46 || length === 2 && segment.charCodeAt(0) === 46 && segment.charCodeAt(1) === 46 ? !1 : !isBlank(segment);
    }
    module.exports = {
      normalizeName,
      normalizeNamespace,
      normalizePath,
      normalizeQualifiers,
      normalizeSubpath,
      normalizeType,
      normalizeVersion
    };
  }
});

// node_modules/packageurl-js/src/lang.js
var require_lang = __commonJS({
  "node_modules/packageurl-js/src/lang.js"(exports, module) {
    "use strict";
    function isNullishOrEmptyString(value) {
      return value == null || typeof value == "string" && value.length === 0;
    }
    module.exports = {
      isNullishOrEmptyString
    };
  }
});

// node_modules/packageurl-js/src/validate.js
var require_validate = __commonJS({
  "node_modules/packageurl-js/src/validate.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error(), { isNullishOrEmptyString } = require_lang(), { isNonEmptyString } = require_strings();
    function validateEmptyByType(type, name, value, throws2) {
      if (!isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`${type} "${name}" component must be empty`);
        return !1;
      }
      return !0;
    }
    function validateName(name, throws2) {
      return validateRequired("name", name, throws2) && validateStrings("name", name, throws2);
    }
    function validateNamespace(namespace, throws2) {
      return validateStrings("namespace", namespace, throws2);
    }
    function validateQualifiers(qualifiers, throws2) {
      if (qualifiers == null)
        return !0;
      if (typeof qualifiers != "object") {
        if (throws2)
          throw new PurlError('"qualifiers" must be an object');
        return !1;
      }
      let keysIterable = (
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys == "function" ? qualifiers.keys() : Object.keys(qualifiers)
      );
      for (let key of keysIterable)
        if (!validateQualifierKey(key, throws2))
          return !1;
      return !0;
    }
    function validateQualifierKey(key, throws2) {
      if (!validateStartsWithoutNumber("qualifier", key, throws2))
        return !1;
      for (let i = 0, { length } = key; i < length; i += 1) {
        let code = key.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 45 || // -
        code === 95)) {
          if (throws2)
            throw new PurlError(
              `qualifier "${key}" contains an illegal character`
            );
          return !1;
        }
      }
      return !0;
    }
    function validateRequired(name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`"${name}" is a required component`);
        return !1;
      }
      return !0;
    }
    function validateRequiredByType(type, name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`${type} requires a "${name}" component`);
        return !1;
      }
      return !0;
    }
    function validateStartsWithoutNumber(name, value, throws2) {
      if (isNonEmptyString(value)) {
        let code = value.charCodeAt(0);
        if (code >= 48 && code <= 57) {
          if (throws2)
            throw new PurlError(
              `${name} "${value}" cannot start with a number`
            );
          return !1;
        }
      }
      return !0;
    }
    function validateStrings(name, value, throws2) {
      if (value == null || typeof value == "string")
        return !0;
      if (throws2)
        throw new PurlError(`"'${name}" must be a string`);
      return !1;
    }
    function validateSubpath(subpath, throws2) {
      return validateStrings("subpath", subpath, throws2);
    }
    function validateType(type, throws2) {
      if (!validateRequired("type", type, throws2) || !validateStrings("type", type, throws2) || !validateStartsWithoutNumber("type", type, throws2))
        return !1;
      for (let i = 0, { length } = type; i < length; i += 1) {
        let code = type.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 43 || // +
        code === 45)) {
          if (throws2)
            throw new PurlError(
              `type "${type}" contains an illegal character`
            );
          return !1;
        }
      }
      return !0;
    }
    function validateVersion(version, throws2) {
      return validateStrings("version", version, throws2);
    }
    module.exports = {
      validateEmptyByType,
      validateName,
      validateNamespace,
      validateQualifiers,
      validateQualifierKey,
      validateRequired,
      validateRequiredByType,
      validateStartsWithoutNumber,
      validateStrings,
      validateSubpath,
      validateType,
      validateVersion
    };
  }
});

// node_modules/packageurl-js/src/purl-component.js
var require_purl_component = __commonJS({
  "node_modules/packageurl-js/src/purl-component.js"(exports, module) {
    "use strict";
    var {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent
    } = require_encode(), { createHelpersNamespaceObject } = require_helpers(), {
      normalizeType,
      normalizeNamespace,
      normalizeName,
      normalizeVersion,
      normalizeQualifiers,
      normalizeSubpath
    } = require_normalize(), { localeCompare, isNonEmptyString } = require_strings(), {
      validateType,
      validateNamespace,
      validateName,
      validateVersion,
      validateQualifiers,
      validateQualifierKey,
      validateSubpath
    } = require_validate(), PurlComponentEncoder = (comp) => isNonEmptyString(comp) ? encodeURIComponent(comp) : "", PurlComponentStringNormalizer = (comp) => typeof comp == "string" ? comp : void 0, PurlComponentValidator = (_comp, _throws) => !0, componentSortOrderLookup = {
      __proto__: null,
      type: 0,
      namespace: 1,
      name: 2,
      version: 3,
      qualifiers: 4,
      qualifierKey: 5,
      qualifierValue: 6,
      subpath: 7
    };
    function componentSortOrder(comp) {
      return componentSortOrderLookup[comp] ?? comp;
    }
    function componentComparator(compA, compB) {
      return localeCompare(componentSortOrder(compA), componentSortOrder(compB));
    }
    module.exports = {
      // Rules for each purl component:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
      PurlComponent: createHelpersNamespaceObject(
        {
          encode: {
            namespace: encodeNamespace,
            version: encodeVersion,
            qualifiers: encodeQualifiers,
            qualifierKey: encodeQualifierParam,
            qualifierValue: encodeQualifierParam,
            subpath: encodeSubpath
          },
          normalize: {
            type: normalizeType,
            namespace: normalizeNamespace,
            name: normalizeName,
            version: normalizeVersion,
            qualifiers: normalizeQualifiers,
            subpath: normalizeSubpath
          },
          validate: {
            type: validateType,
            namespace: validateNamespace,
            name: validateName,
            version: validateVersion,
            qualifierKey: validateQualifierKey,
            qualifiers: validateQualifiers,
            subpath: validateSubpath
          }
        },
        {
          comparator: componentComparator,
          encode: PurlComponentEncoder,
          normalize: PurlComponentStringNormalizer,
          validate: PurlComponentValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/purl-qualifier-names.js
var require_purl_qualifier_names = __commonJS({
  "node_modules/packageurl-js/src/purl-qualifier-names.js"(exports, module) {
    "use strict";
    module.exports = {
      // Known qualifiers:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
      PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: "repository_url",
        DownloadUrl: "download_url",
        VcsUrl: "vcs_url",
        FileName: "file_name",
        Checksum: "checksum"
      }
    };
  }
});

// node_modules/packageurl-js/src/purl-type.js
var require_purl_type = __commonJS({
  "node_modules/packageurl-js/src/purl-type.js"(exports, module) {
    "use strict";
    var { isNullishOrEmptyString } = require_lang(), { createHelpersNamespaceObject } = require_helpers(), {
      isSemverString,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes
    } = require_strings(), { validateEmptyByType, validateRequiredByType } = require_validate(), { PurlError } = require_error(), PurlTypNormalizer = (purl) => purl, PurlTypeValidator = (_purl, _throws) => !0;
    module.exports = {
      // PURL types:
      // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
      PurlType: createHelpersNamespaceObject(
        {
          normalize: {
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
            alpm(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
            apk(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
            bitbucket(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
            bitnami(purl) {
              return lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
            composer(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
            deb(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
            gitlab(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
            github(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            // golang(purl) {
            //     // Ignore case-insensitive rule because go.mod are case-sensitive.
            //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
            //     lowerNamespace(purl)
            //     lowerName(purl)
            //     return purl
            // },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
            hex(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
            huggingface(purl) {
              return lowerVersion(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl) {
              return purl.qualifiers?.repository_url?.includes("databricks") && lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
            npm(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
            luarocks(purl) {
              return lowerVersion(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl) {
              return lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl) {
              return lowerName(purl), purl.name = replaceDashesWithUnderscores(purl.name), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
            pypi(purl) {
              return lowerNamespace(purl), lowerName(purl), purl.name = replaceUnderscoresWithDashes(purl.name), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
            qpkg(purl) {
              return lowerNamespace(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
            rpm(purl) {
              return lowerNamespace(purl), purl;
            }
          },
          validate: {
            // TODO: cocoapods name validation
            // TODO: cpan namespace validation
            // TODO: swid qualifier validation
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
            conan(purl, throws2) {
              if (isNullishOrEmptyString(purl.namespace)) {
                if (purl.qualifiers?.channel) {
                  if (throws2)
                    throw new PurlError(
                      'conan requires a "namespace" component when a "channel" qualifier is present'
                    );
                  return !1;
                }
              } else if (isNullishOrEmptyString(purl.qualifiers)) {
                if (throws2)
                  throw new PurlError(
                    'conan requires a "qualifiers" component when a namespace is present'
                  );
                return !1;
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
            cran(purl, throws2) {
              return validateRequiredByType(
                "cran",
                "version",
                purl.version,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            golang(purl) {
              let { version } = purl;
              if ((typeof version == "string" ? version.length : 0) && version.charCodeAt(0) === 118 && !isSemverString(version.slice(1))) {
                if (throws)
                  throw new PurlError(
                    'golang "version" component starting with a "v" must be followed by a valid semver version'
                  );
                return !1;
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
            maven(purl, throws2) {
              return validateRequiredByType(
                "maven",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl, throws2) {
              return validateEmptyByType(
                "mlflow",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl, throws2) {
              return validateEmptyByType(
                "oci",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl, throws2) {
              let { name } = purl;
              for (let i = 0, { length } = name; i < length; i += 1) {
                let code = name.charCodeAt(i);
                if (!(code >= 48 && code <= 57 || // 0-9
                code >= 97 && code <= 122 || // a-z
                code === 95)) {
                  if (throws2)
                    throw new PurlError(
                      'pub "name" component may only contain [a-z0-9_] characters'
                    );
                  return !1;
                }
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
            swift(purl, throws2) {
              return validateRequiredByType(
                "swift",
                "namespace",
                purl.namespace,
                throws2
              ) && validateRequiredByType(
                "swift",
                "version",
                purl.version,
                throws2
              );
            }
          }
        },
        {
          normalize: PurlTypNormalizer,
          validate: PurlTypeValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/package-url.js
var require_package_url = __commonJS({
  "node_modules/packageurl-js/src/package-url.js"(exports, module) {
    "use strict";
    var { decodePurlComponent } = require_decode(), { isObject: isObject2, recursiveFreeze } = require_objects(), { isBlank, isNonEmptyString, trimLeadingSlashes } = require_strings(), { PurlComponent } = require_purl_component(), { PurlQualifierNames } = require_purl_qualifier_names(), { PurlType } = require_purl_type(), { PurlError } = require_error(), PackageURL2 = class _PackageURL {
      static Component = recursiveFreeze(PurlComponent);
      static KnownQualifierNames = recursiveFreeze(PurlQualifierNames);
      static Type = recursiveFreeze(PurlType);
      constructor(rawType, rawNamespace, rawName, rawVersion, rawQualifiers, rawSubpath) {
        let type = isNonEmptyString(rawType) ? PurlComponent.type.normalize(rawType) : rawType;
        PurlComponent.type.validate(type, !0);
        let namespace = isNonEmptyString(rawNamespace) ? PurlComponent.namespace.normalize(rawNamespace) : rawNamespace;
        PurlComponent.namespace.validate(namespace, !0);
        let name = isNonEmptyString(rawName) ? PurlComponent.name.normalize(rawName) : rawName;
        PurlComponent.name.validate(name, !0);
        let version = isNonEmptyString(rawVersion) ? PurlComponent.version.normalize(rawVersion) : rawVersion;
        PurlComponent.version.validate(version, !0);
        let qualifiers = typeof rawQualifiers == "string" || isObject2(rawQualifiers) ? PurlComponent.qualifiers.normalize(rawQualifiers) : rawQualifiers;
        PurlComponent.qualifiers.validate(qualifiers, !0);
        let subpath = isNonEmptyString(rawSubpath) ? PurlComponent.subpath.normalize(rawSubpath) : rawSubpath;
        PurlComponent.subpath.validate(subpath, !0), this.type = type, this.name = name, this.namespace = namespace ?? void 0, this.version = version ?? void 0, this.qualifiers = qualifiers ?? void 0, this.subpath = subpath ?? void 0;
        let typeHelpers = PurlType[type];
        typeHelpers && (typeHelpers.normalize(this), typeHelpers.validate(this, !0));
      }
      toString() {
        let { namespace, name, version, qualifiers, subpath, type } = this, purlStr = `pkg:${PurlComponent.type.encode(type)}/`;
        return namespace && (purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`), purlStr = `${purlStr}${PurlComponent.name.encode(name)}`, version && (purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`), qualifiers && (purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`), subpath && (purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`), purlStr;
      }
      static fromString(purlStr) {
        return new _PackageURL(..._PackageURL.parseString(purlStr));
      }
      static parseString(purlStr) {
        if (typeof purlStr != "string")
          throw new Error("A purl string argument is required.");
        if (isBlank(purlStr))
          return [
            void 0,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        let colonIndex = purlStr.indexOf(":"), url, maybeUrlWithAuth;
        if (colonIndex !== -1)
          try {
            let beforeColon = purlStr.slice(0, colonIndex), afterColon = purlStr.slice(colonIndex + 1), trimmedAfterColon = trimLeadingSlashes(afterColon);
            url = new URL(`${beforeColon}:${trimmedAfterColon}`), maybeUrlWithAuth = afterColon.length === trimmedAfterColon.length ? url : new URL(purlStr);
          } catch (e) {
            throw new PurlError("failed to parse as URL", {
              cause: e
            });
          }
        if (url?.protocol !== "pkg:")
          throw new PurlError('missing required "pkg" scheme component');
        if (maybeUrlWithAuth.username !== "" || maybeUrlWithAuth.password !== "")
          throw new PurlError('cannot contain a "user:pass@host:port"');
        let { pathname } = url, firstSlashIndex = pathname.indexOf("/"), rawType = decodePurlComponent(
          "type",
          firstSlashIndex === -1 ? pathname : pathname.slice(0, firstSlashIndex)
        );
        if (firstSlashIndex < 1)
          return [
            rawType,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        let rawVersion, atSignIndex = pathname.lastIndexOf("@");
        atSignIndex !== -1 && pathname.charCodeAt(atSignIndex - 1) === 47 && (atSignIndex = -1);
        let beforeVersion = pathname.slice(
          rawType.length + 1,
          atSignIndex === -1 ? pathname.length : atSignIndex
        );
        atSignIndex !== -1 && (rawVersion = decodePurlComponent(
          "version",
          pathname.slice(atSignIndex + 1)
        ));
        let rawNamespace, rawName, lastSlashIndex = beforeVersion.lastIndexOf("/");
        lastSlashIndex === -1 ? rawName = decodePurlComponent("name", beforeVersion) : (rawName = decodePurlComponent(
          "name",
          beforeVersion.slice(lastSlashIndex + 1)
        ), rawNamespace = decodePurlComponent(
          "namespace",
          beforeVersion.slice(0, lastSlashIndex)
        ));
        let rawQualifiers, { searchParams } = url;
        searchParams.size !== 0 && (searchParams.forEach(
          (value) => decodePurlComponent("qualifiers", value)
        ), rawQualifiers = searchParams);
        let rawSubpath, { hash } = url;
        return hash.length !== 0 && (rawSubpath = decodePurlComponent("subpath", hash.slice(1))), [
          rawType,
          rawNamespace,
          rawName,
          rawVersion,
          rawQualifiers,
          rawSubpath
        ];
      }
    };
    for (let staticProp of ["Component", "KnownQualifierNames", "Type"])
      Reflect.defineProperty(PackageURL2, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL2, staticProp),
        writable: !1
      });
    Reflect.setPrototypeOf(PackageURL2.prototype, null);
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// node_modules/packageurl-js/index.js
var require_packageurl_js = __commonJS({
  "node_modules/packageurl-js/index.js"(exports, module) {
    "use strict";
    var {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    } = require_package_url();
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// src/app/check/acquire-scan.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdir as mkdir2, rm as rm2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/adapters/trivy/command.ts
function buildTrivyArgs(options) {
  let scanners = uniqueScanners(options.scanners), args = ["image", "--format", "json", "--output", nonEmpty(options.outputPath, "Trivy output path"), "--quiet", "--exit-code", "0"];
  args.push("--scanners", scanners.join(","));
  let configScanners = scanners.filter((scanner) => scanner === "misconfig" || scanner === "secret");
  configScanners.length > 0 && args.push("--image-config-scanners", configScanners.join(","));
  let target = options.target;
  switch (target.kind) {
    case "image":
      if (!/@sha256:[0-9a-f]{64}$/.test(target.reference))
        throw configError(`Trivy target "${target.reference}" is not pinned to a digest (expected repository@sha256:\u2026)`);
      args.push("--image-src", "remote");
      break;
    case "archive":
    case "layout":
      args.push("--input", nonEmpty(target.path, `Trivy ${target.kind} path`));
      break;
  }
  return options.server ? hasUserinfo(options.server) || args.push("--server", options.server) : (options.dbRepositories?.length && args.push("--db-repository", listOf(options.dbRepositories, "db-repository")), options.javaDbRepositories?.length && args.push("--java-db-repository", listOf(options.javaDbRepositories, "java-db-repository")), options.skipDbUpdate && args.push("--skip-db-update"), options.cacheBackend && args.push("--cache-backend", options.cacheBackend)), options.skipJavaDbUpdate && args.push("--skip-java-db-update"), options.cacheDir && args.push("--cache-dir", options.cacheDir), options.timeout && args.push("--timeout", goDuration(options.timeout)), options.insecure && args.push("--insecure"), target.kind === "image" && args.push(target.reference), args;
}
function buildTrivyDbDownloadArgs(options) {
  let java = options.database === "java", args = ["image", java ? "--download-java-db-only" : "--download-db-only", "--quiet", "--scanners", "vuln"];
  if (args.push("--cache-dir", nonEmpty(options.cacheDir, "Trivy cache directory"), "--cache-backend", "memory"), options.repositories?.length) {
    let flag = java ? "java-db-repository" : "db-repository";
    args.push(`--${flag}`, listOf(options.repositories, flag));
  }
  return options.timeout && args.push("--timeout", goDuration(options.timeout)), args;
}
function buildTrivyEnv(credentials) {
  if (!credentials) return {};
  if ("token" in credentials) {
    if (!credentials.token) throw configError("registry token is empty");
    return { TRIVY_REGISTRY_TOKEN: credentials.token };
  }
  if (!credentials.username || !credentials.password)
    throw configError("registry credentials need both a username and a password");
  if (credentials.username.includes(",") || credentials.password.includes(","))
    throw configError("registry username and password must not contain a comma (Trivy reads commas as separators)");
  return { TRIVY_USERNAME: credentials.username, TRIVY_PASSWORD: credentials.password };
}
function buildTrivyServerEnv(server) {
  return server !== void 0 && hasUserinfo(server) ? { TRIVY_SERVER: server } : {};
}
function hasUserinfo(url) {
  try {
    let parsed = new URL(url);
    return parsed.username !== "" || parsed.password !== "";
  } catch {
    return !0;
  }
}
function uniqueScanners(scanners) {
  let unique = [];
  for (let scanner of scanners) {
    if (!TRIVY_SCANNERS.includes(scanner))
      throw configError(`unknown Trivy scanner "${scanner}"; expected one of ${TRIVY_SCANNERS.join(", ")}`);
    unique.includes(scanner) || unique.push(scanner);
  }
  if (unique.length === 0) throw configError(`no Trivy scanners selected; choose from ${TRIVY_SCANNERS.join(", ")}`);
  return unique;
}
function listOf(values, what) {
  for (let value of values)
    if (!value || value.includes(",")) throw configError(`${what} "${value}" is empty or contains a comma`);
  return values.join(",");
}
function goDuration(timeout) {
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(timeout))
    throw configError(`Trivy timeout "${timeout}" is not a duration such as 10m or 1h30m`);
  return timeout;
}
function nonEmpty(value, what) {
  if (!value) throw configError(`${what} is empty`);
  return value;
}

// src/adapters/trivy/identity.ts
function checkScannedIdentity(report, judged, label) {
  if (report.imageId === void 0)
    throw infrastructureError(
      `${label} names no image (Metadata.ImageID is missing), so it cannot be tied to the judged image ${judged.configDigest}; refusing its findings`
    );
  if (report.imageId !== judged.configDigest)
    throw infrastructureError(
      `${label} is about image ${shown(report.imageId)} (Metadata.ImageID), not the judged image ${judged.configDigest}; refusing its findings`
    );
  if (report.repoDigests.length === 0 && judged.requireRepoDigest === !0)
    throw infrastructureError(
      `${label} names no repository digest (Metadata.RepoDigests is empty), though Trivy always writes one for a registry image: it is not the report of a scan of the judged manifest ${judged.manifestDigest}; refusing its findings`
    );
  if (report.repoDigests.length === 0 || judged.manifestDigest === void 0) return;
  if (!report.repoDigests.map(digestPart).includes(judged.manifestDigest))
    throw infrastructureError(
      `${label} is about ${listed(report.repoDigests)} (Metadata.RepoDigests), not the judged manifest ${judged.manifestDigest}; refusing its findings`
    );
}
function judgeReportIdentity(report, namedDigest, label) {
  if (namedDigest === void 0) return "asserted";
  if (report.repoDigests.length > 0) {
    if (report.repoDigests.map(digestPart).includes(namedDigest)) return "verified";
    throw configError(
      `${label} is about ${listed(report.repoDigests)} (Metadata.RepoDigests), not ${namedDigest} named by the image input; give the report of that image, or the image that was scanned`
    );
  }
  return report.imageId === namedDigest ? "verified" : "asserted";
}
function digestPart(repoDigest) {
  let at = repoDigest.lastIndexOf("@");
  return at === -1 ? "" : repoDigest.slice(at + 1);
}
function listed(repoDigests) {
  let more = repoDigests.length > 3 ? ` and ${repoDigests.length - 3} more` : "";
  return `${repoDigests.slice(0, 3).map(shown).join(", ")}${more}`;
}
function shown(value) {
  return /^[A-Za-z0-9._:/@-]{1,300}$/.test(value) ? value : value.length > 100 ? `${JSON.stringify(value.slice(0, 100))}...` : JSON.stringify(value);
}

// src/adapters/trivy/report.ts
function parseTrivyReport(json, source) {
  let doc = new JsonBytes(typeof json == "string" ? Buffer.from(json, "utf8") : json);
  try {
    return new ReportReader(source, doc).read();
  } catch (error) {
    throw error instanceof JsonSyntaxError ? configError(`${source} is not valid JSON: ${describeJsonSyntaxError(error, doc)}`) : error;
  }
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function kindOf(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value == "object" ? "an object" : `a ${typeof value}`;
}
var OPEN_OBJECT = 123, OPEN_ARRAY = 91, HEADER_KEYS = /* @__PURE__ */ new Set(["Trivy", "CreatedAt", "ArtifactName", "ArtifactType", "Metadata"]), ReportReader = class {
  constructor(source, doc) {
    this.source = source;
    this.doc = doc;
  }
  source;
  doc;
  /** Cursor into the report, so paths are only built when an error needs one. */
  result = 0;
  list = "Vulnerabilities";
  item = 0;
  read() {
    let doc = this.doc, start = doc.firstValue();
    if (start === -1) throw configError(`${this.source} is empty: expected a Trivy JSON report`);
    if (doc.byteAt(start) !== OPEN_OBJECT) {
      let value = doc.parse(start, doc.length);
      throw configError(`${this.source} is not a Trivy JSON report: the top level is ${kindOf(value)}, expected an object`);
    }
    let header = {}, findings = [], schemaChecked = !1, deferredResults = -1, end = doc.members(start, (key, at) => {
      if (key === "Results")
        return schemaChecked ? this.readResults(at, findings) : (deferredResults = at, doc.skip(at));
      let { value, end: end2 } = doc.value(at);
      return key === "SchemaVersion" ? (this.checkSchema(value), schemaChecked = !0) : HEADER_KEYS.has(key) && (header[key] = value), end2;
    });
    doc.end(end), schemaChecked || this.checkSchema(void 0), deferredResults !== -1 && this.readResults(deferredResults, findings);
    let trivy = header.Trivy, report = {
      source: this.source,
      trivyVersion: isObject(trivy) ? this.optionalString(trivy.Version, "Trivy.Version") : void 0,
      createdAt: this.optionalString(header.CreatedAt, "CreatedAt"),
      artifactName: this.optionalString(header.ArtifactName, "ArtifactName") ?? "",
      artifactType: this.optionalString(header.ArtifactType, "ArtifactType") ?? "",
      os: void 0,
      imageId: void 0,
      diffIds: [],
      repoDigests: [],
      imageConfig: void 0,
      findings
    }, metadata = this.optionalObject(header.Metadata, "Metadata");
    return metadata && this.readMetadata(metadata, report), report;
  }
  checkSchema(schemaVersion) {
    if (schemaVersion === void 0)
      throw configError(`${this.source} is not a Trivy JSON report: SchemaVersion is missing (run Trivy with --format json)`);
    if (schemaVersion !== 2) {
      let found = typeof schemaVersion == "number" && Number.isInteger(schemaVersion) && Math.abs(schemaVersion) < 1e3 ? String(schemaVersion) : kindOf(schemaVersion);
      throw configError(`${this.source}: unsupported Trivy report SchemaVersion ${found}; only SchemaVersion 2 (Trivy 0.20 and later) is supported`);
    }
  }
  readMetadata(metadata, report) {
    let os = this.optionalObject(metadata.OS, "Metadata.OS");
    if (os) {
      let eosl = os.EOSL;
      report.os = {
        family: this.optionalString(os.Family, "Metadata.OS.Family") ?? "",
        name: this.optionalString(os.Name, "Metadata.OS.Name") ?? "",
        ...eosl === !0 ? { eosl: !0 } : {}
      };
    }
    report.imageId = this.optionalString(metadata.ImageID, "Metadata.ImageID") || void 0, report.diffIds = this.stringList(metadata.DiffIDs, "Metadata.DiffIDs"), report.repoDigests = this.stringList(metadata.RepoDigests, "Metadata.RepoDigests");
    let config = this.optionalObject(metadata.ImageConfig, "Metadata.ImageConfig");
    config && (report.imageConfig = this.readImageConfig(config));
  }
  /**
   * Older Trivy wrote an all-empty ImageConfig for non-image scans; treating that as "User is
   * empty, so root" would be a false finding, so only a config that describes an image counts.
   */
  readImageConfig(config) {
    let architecture = this.optionalString(config.architecture, "Metadata.ImageConfig.architecture") || void 0, os = this.optionalString(config.os, "Metadata.ImageConfig.os") || void 0, runtime = this.optionalObject(config.config, "Metadata.ImageConfig.config"), user = runtime ? this.optionalString(runtime.User, "Metadata.ImageConfig.config.User") : void 0;
    return !architecture && !os && user === void 0 ? void 0 : {
      // An image config without User runs as root; "" is how we say so.
      user: user ?? "",
      created: this.optionalString(config.created, "Metadata.ImageConfig.created") || void 0,
      architecture,
      os
    };
  }
  /** Returns the offset after the Results value. */
  readResults(at, findings) {
    let doc = this.doc;
    if (doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY) throw this.shapeError("Results", "must be an array", doc.value(at).value);
    return doc.elements(at, (r, resultAt) => {
      if (this.result = r, doc.byteAt(resultAt) !== OPEN_OBJECT)
        throw this.shapeError(`Results[${r}]`, "must be an object", doc.value(resultAt).value);
      let first = findings.length, target = "", targetClass = "", targetType, end = doc.members(resultAt, (key, valueAt) => {
        if (key === "Vulnerabilities" || key === "Secrets" || key === "Misconfigurations" || key === "Licenses")
          return this.readList(key, valueAt, findings);
        let { value, end: end2 } = doc.value(valueAt);
        return key === "Target" ? target = this.optionalString(value, `Results[${r}].Target`) ?? "" : key === "Class" ? targetClass = this.optionalString(value, `Results[${r}].Class`) ?? "" : key === "Type" && (targetType = this.optionalString(value, `Results[${r}].Type`) || void 0), end2;
      });
      for (let k = first; k < findings.length; k++) {
        let finding = findings[k];
        finding.target = target, finding.kind === "vulnerability" ? (finding.targetClass = targetClass, finding.targetType = targetType) : finding.kind === "misconfiguration" && (finding.targetType = targetType);
      }
      return end;
    });
  }
  readList(name, at, findings) {
    let doc = this.doc;
    if (this.list = name, doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY)
      throw this.shapeError(`Results[${this.result}].${name}`, "must be an array", doc.value(at).value);
    return doc.elements(at, (i, itemAt) => {
      this.item = i;
      let { value, end } = doc.value(itemAt), entry = this.entry(value);
      return findings.push(
        name === "Vulnerabilities" ? this.vulnerability(entry) : name === "Secrets" ? this.secret(entry) : name === "Misconfigurations" ? this.misconfiguration(entry) : this.license(entry)
      ), end;
    });
  }
  entry(value) {
    if (!isObject(value))
      throw this.shapeError(`Results[${this.result}].${this.list}[${this.item}]`, "must be an object", value);
    return value;
  }
  vulnerability(v) {
    let id = this.required(v, "VulnerabilityID");
    return {
      kind: "vulnerability",
      id,
      packageName: this.required(v, "PkgName"),
      packageId: this.optional(v, "PkgID") || void 0,
      purl: this.purl(v),
      packagePath: this.optional(v, "PkgPath") || void 0,
      installedVersion: this.optional(v, "InstalledVersion") ?? "",
      fixedVersion: this.optional(v, "FixedVersion") || void 0,
      status: this.optional(v, "Status") || void 0,
      severity: this.severity(v),
      cvss: this.cvss(v.CVSS),
      title: this.optional(v, "Title") || firstLine(this.optional(v, "Description")) || id,
      url: this.optional(v, "PrimaryURL") || void 0,
      layerDiffId: this.layer(v),
      target: "",
      targetClass: "",
      targetType: void 0
    };
  }
  /** Only metadata is copied: Code, Match and Offset hold or locate the secret itself. */
  secret(s) {
    let ruleId = this.required(s, "RuleID");
    return {
      kind: "secret",
      ruleId,
      category: this.optional(s, "Category") ?? "",
      severity: this.severity(s),
      title: this.optional(s, "Title") || ruleId,
      target: "",
      startLine: this.requiredLine(s, "StartLine"),
      endLine: this.requiredLine(s, "EndLine"),
      layerDiffId: this.layer(s)
    };
  }
  misconfiguration(m) {
    let id = this.required(m, "ID"), cause = m.CauseMetadata, causeObject = cause == null ? void 0 : this.object(cause, "CauseMetadata");
    return {
      kind: "misconfiguration",
      id,
      title: this.optional(m, "Title") || id,
      message: this.optional(m, "Message") ?? "",
      resolution: this.optional(m, "Resolution") || void 0,
      severity: this.severity(m),
      // Required: a check whose outcome we cannot read must not quietly count as passed.
      status: this.required(m, "Status"),
      url: this.optional(m, "PrimaryURL") || void 0,
      target: "",
      targetType: void 0,
      startLine: causeObject ? this.optionalLine(causeObject, "StartLine", "CauseMetadata.StartLine") : void 0,
      endLine: causeObject ? this.optionalLine(causeObject, "EndLine", "CauseMetadata.EndLine") : void 0,
      layerDiffId: this.layer(m)
    };
  }
  license(l) {
    let confidence = l.Confidence;
    if (confidence != null && typeof confidence != "number")
      throw this.itemError("Confidence", "must be a number", confidence);
    return {
      kind: "license",
      name: this.required(l, "Name"),
      // Required: deny-by-category policies act on it.
      category: this.required(l, "Category"),
      severity: this.severity(l),
      packageName: this.optional(l, "PkgName") ?? "",
      filePath: this.optional(l, "FilePath") || void 0,
      target: "",
      confidence: typeof confidence == "number" ? confidence : void 0,
      layerDiffId: this.layer(l)
    };
  }
  severity(item) {
    let value = item.Severity;
    if (isSeverity(value)) return value;
    throw value == null ? this.itemError("Severity", "is missing", void 0) : configError(
      `${this.source}: ${this.itemPath("Severity")} is ${kindOf(value)} that is not a severity; expected one of ${SEVERITIES.join(", ")}`
    );
  }
  /** The highest V3 score over all sources, else the highest V2, with the vector that goes with it. */
  cvss(value) {
    if (value == null) return;
    let sources = this.object(value, "CVSS"), best3, best2;
    for (let name in sources) {
      let entry = sources[name];
      if (!isObject(entry)) throw this.itemError(`CVSS.${name}`, "must be an object", entry);
      let v3 = entry.V3Score;
      if (v3 != null) {
        if (typeof v3 != "number") throw this.itemError(`CVSS.${name}.V3Score`, "must be a number", v3);
        v3 > 0 && (best3 === void 0 || v3 > best3.score) && (best3 = score(name, v3, entry.V3Vector));
      }
      let v2 = entry.V2Score;
      if (v2 != null) {
        if (typeof v2 != "number") throw this.itemError(`CVSS.${name}.V2Score`, "must be a number", v2);
        v2 > 0 && (best2 === void 0 || v2 > best2.score) && (best2 = score(name, v2, entry.V2Vector));
      }
    }
    return best3 ?? best2;
  }
  purl(item) {
    let identifier = item.PkgIdentifier;
    if (identifier != null)
      return this.optional(this.object(identifier, "PkgIdentifier"), "PURL", "PkgIdentifier.PURL") || void 0;
  }
  layer(item) {
    let layer = item.Layer;
    if (layer != null)
      return this.optional(this.object(layer, "Layer"), "DiffID", "Layer.DiffID") || void 0;
  }
  required(item, field) {
    let value = item[field];
    if (typeof value == "string" && value !== "") return value;
    throw value == null || value === "" ? this.itemError(field, "is missing", void 0) : this.itemError(field, "must be a string", value);
  }
  optional(item, field, path = field) {
    let value = item[field];
    if (typeof value == "string") return value;
    if (value != null)
      throw this.itemError(path, "must be a string", value);
  }
  requiredLine(item, field) {
    let value = item[field];
    if (typeof value == "number" && Number.isInteger(value)) return value;
    throw value == null ? this.itemError(field, "is missing", void 0) : this.itemError(field, "must be a whole number", value);
  }
  optionalLine(item, field, path) {
    let value = item[field];
    if (value != null) {
      if (typeof value == "number" && Number.isInteger(value)) return value > 0 ? value : void 0;
      throw this.itemError(path, "must be a whole number", value);
    }
  }
  object(value, path) {
    if (isObject(value)) return value;
    throw this.itemError(path, "must be an object", value);
  }
  optionalString(value, path) {
    if (typeof value == "string") return value;
    if (value != null)
      throw this.shapeError(path, "must be a string", value);
  }
  optionalObject(value, path) {
    if (value != null) {
      if (isObject(value)) return value;
      throw this.shapeError(path, "must be an object", value);
    }
  }
  stringList(value, path) {
    if (value == null) return [];
    if (!Array.isArray(value)) throw this.shapeError(path, "must be an array", value);
    for (let i = 0; i < value.length; i++)
      if (typeof value[i] != "string") throw this.shapeError(`${path}[${i}]`, "must be a string", value[i]);
    return value;
  }
  itemPath(field) {
    return `Results[${this.result}].${this.list}[${this.item}].${field}`;
  }
  itemError(field, problem, value) {
    return this.shapeError(this.itemPath(field), problem, value);
  }
  /** Values are described by type only: a malformed field could be the one holding secret text. */
  shapeError(path, problem, value) {
    let got = value === void 0 || problem === "is missing" ? "" : `, got ${kindOf(value)}`;
    return configError(`${this.source}: ${path} ${problem}${got}`);
  }
};
function score(source, value, vector) {
  return typeof vector == "string" && vector !== "" ? { source, score: value, vector } : { source, score: value };
}
function firstLine(text) {
  if (!text) return;
  let trimmed = text.trimStart(), end = trimmed.indexOf(`
`), line = (end === -1 ? trimmed : trimmed.slice(0, end)).trim();
  if (line !== "")
    return detach(line.length > 200 ? `${line.slice(0, 197)}...` : line);
}
function detach(slice) {
  return (" " + slice).slice(1);
}

// src/adapters/trivy/index.ts
async function loadTrivyInstaller() {
  let { locateTrivy } = await import("./install-BLJQPV7D.js");
  return { locateTrivy };
}
async function loadTrivyDbCache() {
  let { restoreTrivyDb, saveTrivyDb } = await import("./db-cache-YMC4APU6.js");
  return { restoreTrivyDb, saveTrivyDb };
}

// src/app/check/trivy-scan.ts
import { createHash, randomUUID } from "node:crypto";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";

// src/app/check/trivy-databases.ts
var NAMES = { vulnerability: "vulnerability DB", java: "Java DB" };
function databasesToDownload(config, environment) {
  if (!config.trivy.scanners.includes("vuln")) return [];
  let databases = [];
  return config.trivy.server === void 0 && !environment.trivySkipUpdate.db && databases.push("vulnerability"), environment.trivySkipUpdate.javaDb || databases.push("java"), databases;
}
async function downloadDatabasesOnce(run, trivy, config, context) {
  let cacheDir = context.paths.trivyCacheDir;
  await Promise.all(
    databasesToDownload(config, context.environment).map((database) => {
      let repositories = database === "java" ? config.trivy.javaDbRepositories : config.trivy.dbRepositories, key = JSON.stringify([trivy.binary, cacheDir, database, repositories]), download = run.databases.get(key);
      return download === void 0 && (download = downloadDatabase(database, repositories, trivy, config, context), run.databases.set(key, download)), download;
    })
  );
}
async function downloadDatabase(database, repositories, trivy, config, context) {
  let cacheDir = context.paths.trivyCacheDir;
  context.logger.info(`Trivy ${trivy.version}: bringing its ${NAMES[database]} in ${cacheDir} up to date, once for every scan of the run`);
  let args = buildTrivyDbDownloadArgs({
    database,
    cacheDir,
    repositories,
    timeout: `${Math.ceil(config.trivy.timeoutMs / 1e3)}s`
  });
  try {
    await runTrivy(trivy.binary, args, { baseEnv: context.environment.inherited, timeoutMs: config.trivy.timeoutMs, logger: context.logger });
  } catch (error) {
    throw infrastructureError(`Could not bring Trivy's ${NAMES[database]} up to date in ${cacheDir}: ${errorMessage(error)}`, error);
  }
}

// src/app/check/trivy-scan.ts
async function scanWithTrivy(target, label, judged, config, context, registryAccess = { insecure: !1 }) {
  let run = context.trivy, trivy = await locateOnce(run, config, context), cacheDir = context.paths.trivyCacheDir, dbCache = context.actionsCache && config.trivy.cacheDb && !config.trivy.server ? await restoreDbOnce(run, cacheDir, context) : void 0;
  return await downloadDatabasesOnce(run, trivy, config, context), run.atMost(config.parallel, () => scanNow(target, label, judged, trivy, dbCache, config, context, registryAccess));
}
async function scanNow(target, label, judged, trivy, dbCache, config, context, registryAccess) {
  context.logger.debug(`Trivy ${trivy.version} (${trivy.source}): scanning ${label}`);
  let { tempDir } = context.paths;
  await mkdir(tempDir, { recursive: !0 });
  let outputPath = join(tempDir, `trivy-${randomUUID()}.json`), cacheDir = context.paths.trivyCacheDir;
  try {
    let args = buildTrivyArgs({
      target,
      scanners: config.trivy.scanners,
      outputPath,
      cacheDir,
      ...config.trivy.server && { server: config.trivy.server },
      dbRepositories: config.trivy.dbRepositories,
      javaDbRepositories: config.trivy.javaDbRepositories,
      // Brought up to date before any scan (downloadDatabasesOnce), or the runner's own copy: a scan that
      // downloaded one too would write it while other scans read it.
      skipDbUpdate: !0,
      skipJavaDbUpdate: !0,
      // Trivy's scan cache on disk is one process's at a time; each scan keeps its own in memory.
      cacheBackend: "memory",
      // Trivy stops itself after 5 minutes unless told otherwise; our own deadline is the one that counts.
      timeout: `${Math.ceil(config.trivy.timeoutMs / 1e3)}s`,
      insecure: registryAccess.insecure
    }), credential = registryAccess.credential;
    await runTrivy(trivy.binary, args, {
      baseEnv: context.environment.inherited,
      env: {
        ...buildTrivyEnv(credential && { username: credential.username, password: credential.password }),
        ...config.trivy.serverToken && { TRIVY_TOKEN: config.trivy.serverToken },
        ...buildTrivyServerEnv(config.trivy.server)
      },
      timeoutMs: config.trivy.timeoutMs,
      logger: context.logger
    }), config.trivyReportsDir !== void 0 && await keepTrivyReport(outputPath, config.trivyReportsDir, label);
    let scan = parseTrivyReport(
      await readInputFile(outputPath, { what: "Trivy report", maxBytes: INPUT_LIMITS.trivyReport }),
      `the Trivy report for ${label}`
    );
    return checkScannedIdentity(scan, judged, `The Trivy report for ${label}`), dbCache && await saveDbOnce(dbCache, cacheDir, context), scan;
  } finally {
    await rm(outputPath, { force: !0 });
  }
}
async function keepTrivyReport(outputPath, dir, label) {
  let safe = label.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(0, 100), hash = createHash("sha256").update(label).digest("hex").slice(0, 8);
  await mkdir(dir, { recursive: !0 }), await copyFile(outputPath, join(dir, `trivy-${safe}-${hash}.json`));
}
function locateOnce(run, config, context) {
  let key = JSON.stringify([config.trivy.path ?? "", config.trivy.version]), located = run.located.get(key);
  return located === void 0 && (located = (async () => {
    let { locateTrivy } = await loadTrivyInstaller();
    return locateTrivy({
      ...config.trivy.path && { path: config.trivy.path },
      version: config.trivy.version,
      minimumVersion: MINIMUM_TRIVY_VERSION,
      logger: context.logger,
      tempDir: context.paths.tempDir,
      searchPath: context.environment.path,
      baseEnv: context.environment.inherited
    });
  })(), run.located.set(key, located)), located;
}
function restoreDbOnce(run, cacheDir, context) {
  let cache = run.dbCache.get(cacheDir);
  cache === void 0 && (cache = { restored: loadTrivyDbCache().then(({ restoreTrivyDb }) => restoreTrivyDb(cacheDir, context.logger, context.now())), saved: !1 }, run.dbCache.set(cacheDir, cache));
  let entry = cache;
  return entry.restored.then(() => entry);
}
async function saveDbOnce(cache, cacheDir, context) {
  if (cache.saved) return;
  cache.saved = !0;
  let { saveTrivyDb } = await loadTrivyDbCache();
  await saveTrivyDb(cacheDir, await cache.restored, context.logger);
}

// src/app/check/acquire-scan.ts
async function acquireScan(source, config, context) {
  switch (source.kind) {
    case "report":
      return fromReportFile(source, context);
    case "docker":
      return fromDockerDaemon(source.image, config, context);
    case "input":
      return fromInputPath(source, config, context);
  }
}
async function fromReportFile(source, context) {
  let bytes = await readInputFile(source.path, { what: "Trivy report", maxBytes: INPUT_LIMITS.trivyReport }), scan = parseTrivyReport(bytes, source.path), subject = subjectOfUnpinned(scan, source.path, source.image, "report"), namedDigest = source.image?.reference.digest, identity = judgeReportIdentity(scan, namedDigest, `The report ${source.path}`);
  if (identity === "asserted") {
    let why = namedDigest === void 0 ? "the image input names no digest to check it against" : `it names no image digest that could confirm ${namedDigest} (no Metadata.RepoDigests)`;
    context.logger.warning(`The report ${source.path} is taken at its word, not verified: ${why}`);
  }
  return { subject: { ...subject, identity }, scan };
}
async function pinRegistryImage(parsed, config, context) {
  let client = await context.registry(), pinned = await client.pinManifests(parsed, config.platforms === "all" ? {} : { platforms: config.platforms }), fromIndex = pinned.platforms.some((platform) => platform.digest !== pinned.digest), chosen = fromIndex ? ` (an index: ${plural(pinned.platforms.length, "platform")} to gate)` : "";
  return context.logger.info(`Pinned ${formatReference(parsed)} to ${pinned.digest}${chosen}`), pinned.platforms.map((platformManifest) => {
    let configRead, platformImage = () => configRead ??= client.readPlatformImage(parsed, platformManifest);
    return { reference: pinned.reference, digest: pinned.digest, parsed, pinned, fromIndex, platformManifest, platformImage };
  });
}
function listedPlatform(image) {
  let declared = image.platformManifest.declared;
  return declared ? formatPlatform(declared) : image.platformManifest.digest;
}
async function pinForSignatures(parsed, context) {
  let client = await context.registry(), resolved = await client.resolve(parsed), manifest = await client.getManifest(parsed, resolved.digest);
  return context.logger.info(`Pinned ${formatReference(parsed)} to ${manifest.digest}`), { reference: { ...parsed, digest: manifest.digest }, digest: manifest.digest };
}
async function scanRegistryPlatform(image, named, config, context) {
  let { parsed, pinned } = image, platformImage = await image.platformImage(), pinnedRef = pinnedReference(parsed, pinned.digest), platform = image.fromIndex ? { name: platformImage.platform, digest: platformImage.digest } : void 0;
  context.logger.info(`Gating ${pinnedRef} for ${platformImage.platform}${platform ? ` (${platform.digest})` : ""}`), context.logger.debug(`${platformImage.platform} ${platformImage.digest} has config ${platformImage.configDigest}`);
  let scannedRef = pinnedReference(parsed, platformImage.digest), credential = config.registry.credentials.find((item) => normalizeRegistryHost(item.registry) === parsed.registry), judged = { configDigest: platformImage.configDigest, manifestDigest: platformImage.digest, requireRepoDigest: !0 }, scanned = await scanWithTrivy({ kind: "image", reference: scannedRef }, scannedRef, judged, config, context, {
    ...credential && { credential },
    insecure: (await context.registry()).isPlainHttp(parsed.registry)
  }), scan = {
    ...scanned,
    imageConfig: {
      ...scanned.imageConfig,
      user: platformImage.config.user ?? "",
      ...platformImage.config.created && { created: platformImage.config.created },
      architecture: platformImage.config.architecture,
      os: platformImage.config.os
    }
  };
  return {
    subject: {
      input: named.written,
      repository: repositoryName(parsed),
      digest: pinned.digest,
      pinned: pinnedRef,
      identity: "verified",
      ...platform && { platform }
    },
    scan
  };
}
function plural(count, noun) {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}
async function fromDockerDaemon(named, config, context) {
  let { exportDaemonImage } = await import("./docker-YJI6LBJZ.js"), { written: reference, reference: parsed } = named;
  await mkdir2(context.paths.tempDir, { recursive: !0 });
  let archivePath = join2(context.paths.tempDir, `image-gate-${randomUUID2()}.tar`);
  try {
    let exported = await exportDaemonImage(reference, archivePath, {
      // DOCKER_HOST and its TLS settings, unless the docker-host input names the host.
      ...context.environment.docker,
      ...config.dockerHost && { dockerHost: config.dockerHost },
      logger: context.logger
    });
    context.logger.info(`Exported ${reference} (image ${exported.imageId}) from the Docker daemon`);
    let judged = { configDigest: exported.configDigest }, scanned = await scanWithTrivy({ kind: "archive", path: archivePath }, reference, judged, config, context), scan = { ...scanned, imageConfig: { ...scanned.imageConfig, user: exported.user ?? "" } };
    return {
      subject: {
        input: reference,
        repository: repositoryName(parsed),
        digest: exported.imageId,
        pinned: `${repositoryName(parsed)}@${exported.imageId}`,
        identity: "verified"
      },
      scan
    };
  } finally {
    await rm2(archivePath, { force: !0 });
  }
}
async function fromInputPath(source, config, context) {
  let { pinLocalImage } = await import("./oci-archive-DJUINANX.js"), pinned = await pinLocalImage(source.path);
  context.logger.info(`Pinned ${source.path} (${pinned.format}) to ${pinned.digest}`);
  let target = pinned.format === "oci-layout" ? { kind: "layout", path: source.path } : { kind: "archive", path: source.path }, judged = {
    configDigest: pinned.configDigest,
    ...pinned.format !== "docker-archive" && { manifestDigest: pinned.digest }
  }, scanned = await scanWithTrivy(target, source.path, judged, config, context), scan = { ...scanned, imageConfig: { ...scanned.imageConfig, user: pinned.user } }, named = subjectOfUnpinned(scan, source.path, source.image, pinned.format === "oci-layout" ? "layout" : "archive");
  return { subject: { ...named, digest: pinned.digest, pinned: `${named.repository}@${pinned.digest}`, identity: "verified" }, scan };
}
function subjectOfUnpinned(scan, input, image, kind) {
  if (image !== void 0) return namedSubject(input, image, kind);
  for (let written of [scan.repoDigests[0], looksLikeFile(scan.artifactName) ? void 0 : scan.artifactName]) {
    if (written === void 0) continue;
    let reference;
    try {
      reference = parseImageReference(written);
    } catch {
      continue;
    }
    return namedSubject(input, { written, reference }, kind);
  }
  return { input, repository: scan.artifactName || input, pinned: scan.artifactName || input, file: { kind, path: input } };
}
function namedSubject(input, image, kind) {
  let parsed = image.reference;
  return {
    input,
    repository: repositoryName(parsed),
    ...parsed.digest && { digest: parsed.digest },
    pinned: parsed.digest ? pinnedReference(parsed, parsed.digest) : formatReference(parsed),
    file: { kind, path: input, image: image.written }
  };
}
function looksLikeFile(name) {
  return /^(\.{0,2}\/|[A-Za-z]:\\)/.test(name) || /\.(tar|tgz|tar\.gz|json|sbom|cdx)$/i.test(name);
}

// src/app/check/gate-image.ts
import { relative } from "node:path";

// src/core/judge/base-gate.ts
var NEWER_TAGS_NAMED = 3;
function evaluateBase(checks, facts, policy, attribution) {
  let judged = [...checks, ...missingChecks(checks, facts, policy)].map((check) => ({ ...check, effect: effectOf(check, policy) })), violations = judged.filter((check) => check.effect === "fail").map((check) => ({ rule: "base-image", message: violationMessage(check), count: 0 }));
  return {
    checks: judged,
    ...facts !== void 0 && { facts },
    violations,
    ...attribution !== void 0 && { attribution },
    advice: baseAdvice(facts, attribution)
  };
}
function ruleLevel(rule, policy) {
  switch (rule) {
    case "pinned":
      return policy.pinned;
    case "approved":
      return policy.allow.length > 0 || policy.deny.length > 0 ? "fail" : "off";
    case "signed":
      return policy.signed.mode === "required" ? "fail" : policy.signed.mode === "optional" ? "warn" : "off";
    case "current":
      return policy.maxAgeDays === void 0 ? "warn" : "fail";
    case "proven":
    case "provenance":
      return policy.proven;
  }
}
function effectOf(check, policy) {
  let level = ruleLevel(check.rule, policy);
  if (level === "off") return "off";
  switch (check.status) {
    case "pass":
      return "pass";
    case "fail":
      return level;
    case "unknown":
      return level === "fail" ? policy.unknown : "warn";
  }
}
function missingChecks(checks, facts, policy) {
  if (facts === void 0) return [];
  let present = new Set(checks.map((check) => check.rule)), required = [];
  return policy.signed.mode !== "off" && required.push("signed"), policy.proven !== "off" && required.push("proven"), required.filter((rule) => !present.has(rule)).map((rule) => ({
    rule,
    status: "unknown",
    line: facts.line,
    image: facts.written,
    message: `the ${rule} rule was not checked for the base image ${facts.written}`
  }));
}
function violationMessage(check) {
  let what = check.status === "unknown" ? `could not be checked (${check.message})` : check.message, suggestion = check.suggestion === void 0 ? "" : `; ${check.suggestion}`;
  return `Dockerfile line ${check.line}: base image ${check.image}: ${check.rule}: ${what}${suggestion}`;
}
function baseAdvice(facts, attribution) {
  if (facts === void 0) return [];
  let advice = [], inherited = attribution === void 0 ? 0 : SEVERITIES.reduce((sum, s) => sum + attribution.inherited[s], 0), fixable = attribution?.inheritedFixable ?? 0, newer = facts.newerTags.slice(0, NEWER_TAGS_NAMED), others = facts.newerTags.length - newer.length, newerText = `${newer.join(", ")}${others > 0 ? ` and ${others} more` : ""}`;
  if (inherited > 0) {
    let brings = inherited === 1 ? `1 inherited vulnerability, ${fixable === 1 ? "with" : "without"} a fix, comes` : `${inherited} inherited vulnerabilities, ${fixable === 0 ? "none" : fixable} of them with a fix, come`, update = newer.length > 0 ? `; updating the base to ${newer[0] ?? ""} may fix them (newer tags of the same line: ${newerText})` : fixable > 0 ? "; rebuilding on a freshly pulled base may fix those with a fix" : "";
    advice.push(`${brings} from the base image ${facts.written}${update}`);
  } else newer.length > 0 && advice.push(`newer tags of the base image ${facts.written} exist: ${newerText}`);
  return advice;
}

// src/core/judge/ignore.ts
import { matchesGlob } from "node:path";
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function expiryCutoff(expires, origin) {
  let parts = DATE.exec(expires), year = Number(parts?.[1]), month = Number(parts?.[2]), day = Number(parts?.[3]), start = Date.UTC(year, month - 1, day), check = new Date(start);
  if (parts === null || Number.isNaN(start) || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw configError(`${origin}: ignore rule expires "${expires}" is not a valid date (YYYY-MM-DD)`);
  return Date.UTC(year, month - 1, day + 1);
}
var IgnoreMatcher = class {
  compiled;
  byId = /* @__PURE__ */ new Map();
  withoutId = [];
  constructor(rules, now) {
    let nowMs = now.getTime();
    this.compiled = rules.map((rule, order) => {
      if (rule.id === void 0 && rule.package === void 0 && rule.path === void 0)
        throw configError(`${rule.origin}: ignore rule needs at least one of id, package, path`);
      let expired = rule.expires !== void 0 && nowMs >= expiryCutoff(rule.expires, rule.origin), compiled = {
        rule,
        order,
        expired,
        idLower: rule.id?.toLowerCase(),
        pathCache: rule.path === void 0 ? void 0 : /* @__PURE__ */ new Map(),
        matched: 0
      };
      if (compiled.idLower === void 0)
        this.withoutId.push(compiled);
      else {
        let list = this.byId.get(compiled.idLower);
        list ? list.push(compiled) : this.byId.set(compiled.idLower, [compiled]);
      }
      return compiled;
    });
  }
  get isEmpty() {
    return this.compiled.length === 0;
  }
  /**
   * Credits every rule that matches (so expired and unused rules can be reported) and returns the
   * first declared live one, if any.
   */
  match(finding) {
    let best;
    if (this.byId.size > 0) {
      let candidates = this.byId.get(findingId(finding).toLowerCase());
      candidates && (best = this.tryRules(candidates, finding, best));
    }
    return this.withoutId.length > 0 && (best = this.tryRules(this.withoutId, finding, best)), best?.rule;
  }
  expired() {
    return this.compiled.filter((c) => c.expired).map((c) => ({ rule: c.rule, matched: c.matched }));
  }
  unused() {
    return this.compiled.filter((c) => !c.expired && c.matched === 0).map((c) => c.rule);
  }
  tryRules(rules, finding, best) {
    for (let compiled of rules)
      matches(compiled, finding) && (compiled.matched++, !compiled.expired && (best === void 0 || compiled.order < best.order) && (best = compiled));
    return best;
  }
};
function matches(compiled, finding) {
  let { rule, pathCache } = compiled;
  if (rule.package !== void 0 && findingPackage(finding) !== rule.package) return !1;
  if (pathCache !== void 0 && rule.path !== void 0) {
    let path = findingPath(finding), hit = pathCache.get(path);
    if (hit === void 0 && (hit = matchesGlob(path, rule.path), pathCache.set(path, hit)), !hit) return !1;
  }
  return !0;
}

// src/core/judge/root-user.ts
var ATOI = /^[+-]?[0-9]+$/, INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n, MAX_UID = 2n ** 31n - 1n;
function parseImageUser(user = "") {
  let colon = user.indexOf(":"), name = colon === -1 ? user : user.slice(0, colon);
  if (name === "") return { kind: "default" };
  if (ATOI.test(name)) {
    let digits = BigInt(name.replace(/^[+-]/, "")), uid = name.startsWith("-") ? -digits : digits;
    if (uid >= INT64_MIN && uid <= INT64_MAX) return { kind: "uid", uid };
  }
  return { kind: "name", name };
}
function rootViolation(report, policy) {
  let config = report.imageConfig;
  if (config === void 0)
    return violation(
      `could not check the image's user: ${report.source} has no image config (artifact type ${report.artifactType}); the policy forbids running as root`
    );
  let raw = config.user ?? "", shown2 = quote(raw), user = parseImageUser(raw);
  switch (user.kind) {
    case "default":
      return violation(
        raw === "" ? "the image runs as root (no user set, so root); the policy forbids it" : `the image runs as root (user ${shown2} names no user, so root); the policy forbids it`
      );
    case "uid":
      return user.uid === 0n ? violation(`the image runs as root (user ${shown2} is uid 0); the policy forbids it`) : user.uid < 0n || user.uid > MAX_UID ? invalidUid(shown2) : void 0;
    case "name":
      return user.name === "root" ? violation(`the image runs as root (user ${shown2}); the policy forbids it`) : ATOI.test(user.name) ? invalidUid(shown2) : policy.allowNamedUser ? void 0 : violation(
        `the image's user ${shown2} is a name, which only the image's own /etc/passwd maps to a uid (possibly 0), so it cannot be shown not to run as root; use a numeric uid (e.g. USER 10001 or USER 10001:10001), or accept names with image: { allow-named-user: true } in the policy`
      );
  }
}
function invalidUid(shown2) {
  return violation(
    `the image's user ${shown2} is not a uid from 0 to ${MAX_UID} (runtimes refuse it or read it another way), so it cannot be shown not to run as root; use a numeric uid such as USER 10001`
  );
}
function violation(message) {
  return { rule: "root-user", message, count: 0 };
}
function quote(user) {
  return JSON.stringify(user.length > 64 ? `${user.slice(0, 64)}\u2026` : user);
}

// src/core/judge/scan-gate.ts
function evaluateScan(report, policy, now, baseDiffIds, vex) {
  checkMaxCount(policy);
  let ignores = new IgnoreMatcher(policy.ignore, now), useIgnores = !ignores.isEmpty, counts = {
    vulnerabilities: emptySeverityCounts(),
    fixable: emptySeverityCounts(),
    misconfigurations: emptySeverityCounts(),
    secrets: 0,
    licenses: 0,
    ignored: 0,
    suppressedByVex: 0,
    violating: 0
  }, useVex = vex !== void 0 && !vex.isEmpty, buckets = emptySeverityLists(), countedVulnerabilities = emptySeverityLists(), { onlyFixed } = policy.vulnerabilities, onlyIntroduced = policy.vulnerabilities.scope === "introduced", attribute = baseDiffIds !== void 0 || onlyIntroduced, baseLayers = new Set(baseDiffIds ?? []), attribution = attribute ? {
    scope: policy.vulnerabilities.scope,
    baseLayers: baseLayers.size,
    inherited: emptySeverityCounts(),
    introduced: emptySeverityCounts(),
    unknown: emptySeverityCounts(),
    inheritedFixable: 0
  } : void 0, failSecrets = policy.secrets.fail, misconfigThreshold = thresholdRank(policy.misconfigurations.failOnSeverity), deniedNames = new Set(policy.licenses.deny.map((name) => name.toLowerCase())), deniedCategories = new Set(policy.licenses.denyCategories.map((category) => category.toLowerCase())), checkLicenses = deniedNames.size > 0 || deniedCategories.size > 0, secrets = new Breach(), misconfigurations = new Breach(), licenses = new Breach(), deniedLicenseNames = /* @__PURE__ */ new Set();
  for (let finding of report.findings) {
    let judged = { finding, status: "allowed" };
    switch (buckets[finding.severity].push(judged), attribution !== void 0 && (judged.origin = originOf(finding.layerDiffId, baseLayers)), finding.kind) {
      case "vulnerability": {
        counts.vulnerabilities[finding.severity]++;
        let fixable = !!finding.fixedVersion;
        if (fixable && counts.fixable[finding.severity]++, attribution !== void 0) {
          let origin = judged.origin ?? "unknown";
          attribution[origin][finding.severity]++, origin === "inherited" && fixable && attribution.inheritedFixable++;
        }
        if (useIgnores && ignore(judged, ignores, counts) || useVex && suppress(judged, finding, vex, counts)) break;
        if (onlyIntroduced && judged.origin === "inherited") {
          judged.status = "excluded", judged.excluded = "inherited";
          break;
        }
        if (onlyFixed && !fixable) {
          judged.status = "excluded", judged.excluded = "no-fix";
          break;
        }
        countedVulnerabilities[finding.severity].push(judged);
        break;
      }
      case "secret":
        if (counts.secrets++, useIgnores && ignore(judged, ignores, counts)) break;
        failSecrets && secrets.add(judged, finding);
        break;
      case "misconfiguration":
        if (finding.status.toUpperCase() !== "FAIL") {
          judged.status = "excluded", judged.excluded = "check-not-failed";
          break;
        }
        if (counts.misconfigurations[finding.severity]++, useIgnores && ignore(judged, ignores, counts)) break;
        severityRank(finding.severity) >= misconfigThreshold && misconfigurations.add(judged, finding);
        break;
      case "license":
        if (counts.licenses++, useIgnores && ignore(judged, ignores, counts)) break;
        checkLicenses && (deniedNames.has(finding.name.toLowerCase()) || deniedCategories.has(finding.category.toLowerCase())) && (licenses.add(judged, finding), deniedLicenseNames.add(finding.name));
        break;
    }
  }
  let violations = [], violating = judgeVulnerabilities(countedVulnerabilities, policy, violations);
  if (secrets.count > 0 && violations.push({
    rule: "secret",
    message: `${plural2(secrets.count, "secret", "secrets")} found; the policy fails on any secret`,
    severity: secrets.severity,
    count: secrets.count
  }), misconfigurations.count > 0 && violations.push({
    rule: "misconfiguration",
    message: `${plural2(misconfigurations.count, "failed misconfiguration check", "failed misconfiguration checks")} (policy: fail on ${policy.misconfigurations.failOnSeverity} or above)`,
    severity: misconfigurations.severity,
    count: misconfigurations.count
  }), licenses.count > 0 && violations.push({
    rule: "license",
    message: `${plural2(licenses.count, "license", "licenses")} denied by the policy: ` + [...deniedLicenseNames].join(", "),
    severity: licenses.severity,
    count: licenses.count
  }), violating += secrets.count + misconfigurations.count + licenses.count, policy.image.forbidRoot) {
    let violation2 = rootViolation(report, policy.image);
    violation2 && violations.push(violation2);
  }
  counts.violating = violating;
  let findings = [];
  for (let severity of SEVERITIES.toReversed())
    for (let judged of buckets[severity]) findings.push(judged);
  return {
    violations,
    findings,
    counts,
    expiredIgnores: ignores.expired(),
    unusedIgnores: ignores.unused(),
    ...attribution !== void 0 && { attribution }
  };
}
function originOf(layerDiffId, baseLayers) {
  return layerDiffId === void 0 || layerDiffId === "" || baseLayers.size === 0 ? "unknown" : baseLayers.has(layerDiffId) ? "inherited" : "introduced";
}
var Breach = class {
  count = 0;
  severity;
  add(judged, finding) {
    judged.status = "violation", this.count++, (this.severity === void 0 || severityRank(finding.severity) > severityRank(this.severity)) && (this.severity = finding.severity);
  }
};
function ignore(judged, ignores, counts) {
  let rule = ignores.match(judged.finding);
  return rule === void 0 ? !1 : (judged.status = "ignored", judged.ignoredBy = rule, counts.ignored++, !0);
}
function suppress(judged, finding, vex, counts) {
  let suppression = vex.suppression(finding);
  return suppression === void 0 ? !1 : (judged.status = "excluded", judged.excluded = "vex", judged.vex = suppression, counts.suppressedByVex++, !0);
}
function judgeVulnerabilities(counted, policy, violations) {
  let { failOnSeverity, maxCount, onlyFixed } = policy.vulnerabilities, threshold = thresholdRank(failOnSeverity), qualifier = (policy.vulnerabilities.scope === "introduced" ? " not inherited from the base image" : "") + (onlyFixed ? " with a fix available" : ""), violating = 0;
  for (let severity of SEVERITIES.toReversed()) {
    let judged = counted[severity], n = judged.length, max = maxCount[severity], allowance = max ?? (severityRank(severity) >= threshold ? 0 : 1 / 0);
    if (n <= allowance) continue;
    for (let item of judged) item.status = "violation";
    violating += n;
    let found = `${plural2(n, `${severity} vulnerability`, `${severity} vulnerabilities`)}${qualifier}`;
    violations.push(
      max === void 0 ? {
        rule: "vulnerability-severity",
        message: `${found} (policy: fail on ${failOnSeverity} or above)`,
        severity,
        count: n
      } : {
        rule: "vulnerability-count",
        message: `${found}; the policy allows ${max === 0 ? "none" : `at most ${max}`}`,
        severity,
        count: n
      }
    );
  }
  return violating;
}
function thresholdRank(threshold) {
  return threshold === "NONE" ? 1 / 0 : severityRank(threshold);
}
function checkMaxCount(policy) {
  for (let [severity, max] of Object.entries(policy.vulnerabilities.maxCount))
    if (max !== void 0 && !(Number.isInteger(max) && max >= 0))
      throw configError(`policy vulnerabilities.max-count.${severity.toLowerCase()}: ${max} is not a whole number \u2265 0`);
}
function plural2(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/core/judge/vex.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1), VexMatcher = class {
  constructor(statements, image) {
    this.image = image;
    statements.forEach((statement, order) => {
      for (let id of /* @__PURE__ */ new Set([statement.vulnerability.name, ...statement.vulnerability.aliases])) {
        let key = id.toUpperCase(), list = this.byId.get(key) ?? [];
        list.push({ statement, order }), this.byId.set(key, list);
      }
    });
  }
  image;
  byId = /* @__PURE__ */ new Map();
  get isEmpty() {
    return this.byId.size === 0;
  }
  /** The suppression for this finding, or undefined when no statement suppresses it. */
  suppression(finding) {
    let candidates = this.byId.get(finding.id.toUpperCase());
    if (candidates === void 0) return;
    let purl = parsePurl(finding.purl);
    if (purl === void 0) return;
    let latest;
    for (let { statement, order } of candidates) {
      if (!statement.products.some((product) => this.productCovers(product, purl))) continue;
      let time = statement.timestamp === void 0 ? Number.NEGATIVE_INFINITY : Date.parse(statement.timestamp), at = Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
      (latest === void 0 || at > latest.time || at === latest.time && order > latest.order) && (latest = { statement, order, time: at });
    }
    if (latest === void 0) return;
    let { status, justification, impactStatement, author, document } = latest.statement;
    if (!(status !== "not_affected" && status !== "fixed"))
      return {
        status,
        author,
        document,
        ...justification !== void 0 && { justification },
        ...impactStatement !== void 0 && { impactStatement }
      };
  }
  productCovers(product, purl) {
    let named = parsePurl(product.purl);
    return named === void 0 ? !1 : named.type === "oci" ? this.isThisImage(named) && product.subcomponents.some((subcomponent) => covers(parsePurl(subcomponent), purl)) : covers(named, purl) || product.subcomponents.some((subcomponent) => covers(parsePurl(subcomponent), purl));
  }
  /** pkg:oci/NAME[@DIGEST][?repository_url=…]: the image judged, when its name, digest and repository agree. */
  isThisImage(named) {
    let image = this.image;
    if (image === void 0) return !1;
    let repository = image.repository.toLowerCase(), name = repository.slice(repository.lastIndexOf("/") + 1);
    if (named.name.toLowerCase() !== name || named.version && !image.digests.includes(named.version.toLowerCase())) return !1;
    for (let [key, value] of Object.entries(named.qualifiers ?? {}))
      if (key !== "repository_url" || !sameRepository(value, repository)) return !1;
    return !0;
  }
};
function covers(statement, purl) {
  if (statement === void 0 || statement.type !== purl.type || (statement.namespace ?? "") !== (purl.namespace ?? "") || statement.name !== purl.name || statement.version && statement.version !== purl.version || statement.subpath && statement.subpath !== purl.subpath) return !1;
  let qualifiers = purl.qualifiers ?? {};
  return Object.entries(statement.qualifiers ?? {}).every(([key, value]) => qualifiers[key] === value);
}
function sameRepository(repositoryUrl, repository) {
  let given = repositoryUrl.toLowerCase().replace(/^[a-z]+:\/\//, "");
  return given === repository || repository.startsWith("docker.io/") && given === `index.${repository}`;
}
function parsePurl(text) {
  if (!(text === void 0 || text === ""))
    try {
      return import_packageurl_js.PackageURL.fromString(text);
    } catch {
      return;
    }
}

// src/core/judge/judge.ts
function judge(facts, policy, now) {
  let vex = facts.vex && new VexMatcher(facts.vex.statements, facts.vex.image), scan = evaluateScan(facts.scan, policy, now, facts.baseImage?.facts?.diffIds, vex), baseImage = facts.baseImage && evaluateBase(facts.baseImage.checks, facts.baseImage.facts, policy.baseImage, scan.attribution), violations = [...scan.violations, ...facts.signatures?.violations ?? [], ...baseImage?.violations ?? []], outcome = violations.length > 0 ? "fail" : "pass";
  return {
    outcome,
    mode: policy.mode,
    failsStep: outcome === "fail" && policy.mode === "enforce",
    ...scan,
    violations,
    ...facts.signatures && { signatures: facts.signatures },
    ...baseImage && { baseImage }
  };
}

// src/app/check/gate-image.ts
async function gateImage(config, source, context) {
  let { policy, origin, vex: vexFiles } = await judgingPolicy(config, context), statements = vexFiles.length === 0 ? [] : await (await import("./vex-HMI5CMBC.js")).readVexStatements(vexFiles), analysis = config.dockerfile ? await readDockerfile(config.dockerfile, config.buildArgs, context.paths.workspace) : void 0, finalStage = analysis?.stages[analysis.finalStage], dockerfile = analysis && finalStage ? { path: analysis.path, finalFromLine: finalStage.line } : void 0, baseImage = analysis ? (await import("./check-base-image-PGOIPFX2.js")).baseImageCheck(analysis, policy.baseImage, policy.signatures, config, context) : void 0, verdictOf = (subject, scan, signatures2, base) => {
    let vex = statements.length === 0 ? void 0 : { statements, image: vexImage(subject) }, verdict = judge({ scan, ...signatures2 && { signatures: signatures2 }, ...base && { baseImage: base }, ...vex && { vex } }, policy, context.now());
    return { subject, scan, verdict, ...dockerfile && { dockerfile }, policy: origin };
  };
  if (source.kind !== "registry") {
    let { subject, scan } = await acquireScan(source, config, context), signatures2 = policy.signatures.mode === "off" ? void 0 : evaluateSignatures([], [`signatures are looked up in a registry, and the ${source.kind} image source has none`], policy.signatures), base = await baseImage?.forPlatform({ platform: platformOf(scan), diffIds: scan.diffIds, attestations: signatures2?.results ?? [] });
    return [{ result: verdictOf(subject, scan, signatures2, base) }];
  }
  let platforms = await pinRegistryImage(source.image.reference, config, context), [first] = platforms, signatures = policy.signatures.mode === "off" || first === void 0 ? void 0 : (await import("./verify-signatures-QQYEOURC.js")).imageSignatures(first, policy.signatures, config, context);
  return (await Promise.allSettled(
    platforms.map(async (image) => {
      let platformImage = await image.platformImage(), platform = image.fromIndex ? { name: platformImage.platform, digest: platformImage.digest } : void 0, [scanned, signed] = await Promise.allSettled([
        scanRegistryPlatform(image, source.image, config, context),
        signatures?.forPlatform(platform)
      ]);
      if (scanned.status === "rejected") throw scanned.reason;
      if (signed.status === "rejected") throw signed.reason;
      let { subject, scan } = scanned.value, verdict = signed.value, base = await baseImage?.forPlatform({
        platform: platformImage.platform,
        diffIds: platformImage.config.diffIds,
        labels: platformImage.config.labels,
        registry: image,
        attestations: verdict?.results ?? []
      });
      return verdictOf(subject, scan, verdict, base);
    })
  )).map((outcome, index) => {
    let image = platforms[index], platform = image?.fromIndex ? { platform: listedPlatform(image) } : {};
    return outcome.status === "fulfilled" ? { ...platform, result: outcome.value } : { ...platform, error: outcome.reason };
  });
}
function vexImage(subject) {
  let digests = [subject.digest, subject.platform?.digest].filter((digest) => digest !== void 0);
  return { repository: subject.repository, digests };
}
function platformOf(scan) {
  let config = scan.imageConfig;
  return config?.os && config.architecture ? `${config.os}/${config.architecture}` : "linux/amd64";
}
async function loadPolicy(config, context) {
  return (await judgingPolicy(config, context)).policy;
}
async function judgingPolicy(config, context) {
  let [{ buildPolicy }, { loadJudgingPolicy }] = await Promise.all([import("./load-VIR7R55J.js"), import("./policy-source-KGE7KAD7.js")]), { file, source, origin, overrides, vex } = await loadJudgingPolicy(config, context);
  return { policy: buildPolicy(file, overrides, source), origin, vex: vex ?? config.vex };
}
async function readDockerfile(path, buildArgs, workspace) {
  let text = await readInputText(path.startsWith("/") ? path : `${workspace}/${path}`, { what: "Dockerfile", maxBytes: INPUT_LIMITS.dockerfile }), { analyzeDockerfile } = await import("./dockerfile-JXLCKBNC.js");
  return analyzeDockerfile(text, displayPath(path, workspace), buildArgs);
}
function displayPath(path, workspace) {
  if (!path.startsWith("/")) return path;
  let inside = relative(workspace, path);
  return inside.startsWith("..") ? path : inside;
}

// src/report/text/log-text.ts
var MAYBE_IGNORED = "[^\\x20-\\x7e]", LEGACY_MARK = new RegExp(`#(?=${MAYBE_IGNORED}*#${MAYBE_IGNORED}*\\[)`, "g"), V2_MARK = new RegExp(`^([^\\x21-\\x7e]*:)(?=${MAYBE_IGNORED}*:)`), ESCAPE_SEQUENCE = new RegExp(
  [
    "(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]?",
    "(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[^\\x07\\x1b\\x9c\\n\\r]*(?:\\x07|\\x1b\\\\|\\x9c)?",
    "\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]?"
  ].join("|"),
  "g"
), CONTROL = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE], "g", { except: "\\t\\n" }), SEPARATOR = characterClass([LINE_SEPARATORS], "g"), LINE_BREAK = /\r\n?|\n/g, unchanged = (text) => text;
function plainText(text) {
  return text.replace(LINE_BREAK, `
`).replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "").replace(SEPARATOR, " ");
}
function neutraliseLine(line) {
  return line.replace(V2_MARK, "$1 ").replace(LEGACY_MARK, "# ");
}
function logText(text, redact = unchanged) {
  return redact(plainText(text)).split(`
`).map(neutraliseLine).join(`
`);
}
var BREAKS_AND_CONTROLS = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], "g", { runs: !0 });
function oneLine(untrusted, maxLength) {
  let line = (untrusted ?? "").replace(ESCAPE_SEQUENCE, "").replace(BREAKS_AND_CONTROLS, " ").trim();
  return maxLength === void 0 ? line : truncate(line, maxLength);
}
var JSON_UNSAFE = characterClass([DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], "g"), unicodeEscape = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
function jsonText(value) {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, unicodeEscape).replace(LEGACY_MARK, "\\u0023");
}
function commandsStopped(text, token) {
  if (!/^[a-z0-9]{16,}$/i.test(token)) throw new Error("the stop-commands token must be 16 or more letters and digits");
  return `::stop-commands::${token}
${text}
::${token}::`;
}

// src/report/summary/table-signatures.ts
var LOG_EVIDENCE_LIMIT = 20;
function signatureLines(signatures) {
  if (signatures === void 0) return [];
  let lines = [`  Signatures and attestations (mode: ${modeText(signatures.mode)}):`];
  for (let requirement of signatures.requirements) {
    let mark = requirement.satisfied ? "OK  " : isEnforced(requirement, signatures) ? "FAIL" : "WARN";
    lines.push(`    ${mark} ${oneLine(requirement.description, 200)}: ${oneLine(requirementStatus(requirement), 400)}`);
  }
  let { results, problems } = signatures;
  results.length === 0 ? lines.push("    No signatures or attestations were found.") : lines.push(`    Found (${results.length}):`);
  for (let r of results.slice(0, LOG_EVIDENCE_LIMIT)) {
    let note = isTrusted(r) ? transparencyLogNote(r) : evidenceStatus(r);
    lines.push(
      `      - ${isTrusted(r) ? "verified" : "REJECTED"}  ${oneLine(evidenceKind(r), 80)}  in ${oneLine(`${sourceName(r.source)}: ${r.location}`, 200)}`,
      `        signed by ${oneLine(describeSigner(r.signer), 200)}${note === void 0 ? "" : `; ${oneLine(note, 300)}`}`
    );
  }
  if (results.length > LOG_EVIDENCE_LIMIT && lines.push(`      \u2026 and ${results.length - LOG_EVIDENCE_LIMIT} more (see the job summary or image-gate-result.json)`), problems.length > 0) {
    lines.push(`    Problems while looking (${problems.length}):`);
    for (let problem of problems.slice(0, LOG_EVIDENCE_LIMIT)) lines.push(`      - ${oneLine(problem, 300)}`);
    problems.length > LOG_EVIDENCE_LIMIT && lines.push(`      \u2026 and ${problems.length - LOG_EVIDENCE_LIMIT} more`);
  }
  return lines;
}

export {
  pinForSignatures,
  gateImage,
  loadPolicy,
  plainText,
  logText,
  oneLine,
  jsonText,
  commandsStopped,
  signatureLines
};
/*! For license information please see chunk-MJR2V3T2.js.LEGAL.txt */
