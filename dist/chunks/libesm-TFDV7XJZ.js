import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import "./chunk-AWIWLHBC.js";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    typeof options == "function" ? (callback = options, options = {}) : "callback" in options && (callback = options.callback);
    let oldString = this.castInput(oldStr, options), newString = this.castInput(newStr, options), oldTokens = this.removeEmpty(this.tokenize(oldString, options)), newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    let done = (value) => {
      if (value = this.postProcess(value, options), callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return;
      } else
        return value;
    }, newLen = newTokens.length, oldLen = oldTokens.length, editLength = 1, maxEditLength = newLen + oldLen;
    options.maxEditLength != null && (maxEditLength = Math.min(maxEditLength, options.maxEditLength));
    let maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : 1 / 0, abortAfterTimestamp = Date.now() + maxExecutionTime, bestPath = [{ oldPos: -1, lastComponent: void 0 }], newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen)
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    let minDiagonalToConsider = -1 / 0, maxDiagonalToConsider = 1 / 0, execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath, removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        removePath && (bestPath[diagonalPath - 1] = void 0);
        let canAdd = !1;
        if (addPath) {
          let addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        let canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos ? basePath = this.addToPath(addPath, !0, !1, 0, options) : basePath = this.addToPath(removePath, !1, !0, 1, options), newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options), basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen)
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || !0;
        bestPath[diagonalPath] = basePath, basePath.oldPos + 1 >= oldLen && (maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1)), newPos + 1 >= newLen && (minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1));
      }
      editLength++;
    };
    if (callback)
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp)
            return callback(void 0);
          execEditLength() || exec();
        }, 0);
      })();
    else
      for (; editLength <= maxEditLength && Date.now() <= abortAfterTimestamp; ) {
        let ret = execEditLength();
        if (ret)
          return ret;
      }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    let last = path.lastComponent;
    return last && !options.oneChangePerToken && last.added === added && last.removed === removed ? {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
    } : {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: 1, added, removed, previousComponent: last }
    };
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    let newLen = newTokens.length, oldLen = oldTokens.length, oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    for (; newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options); )
      newPos++, oldPos++, commonCount++, options.oneChangePerToken && (basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: !1, removed: !1 });
    return commonCount && !options.oneChangePerToken && (basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: !1, removed: !1 }), basePath.oldPos = oldPos, newPos;
  }
  equals(left, right, options) {
    return options.comparator ? options.comparator(left, right) : left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
  }
  removeEmpty(array) {
    let ret = [];
    for (let i = 0; i < array.length; i++)
      array[i] && ret.push(array[i]);
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return !1;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    let components = [], nextComponent;
    for (; lastComponent; )
      components.push(lastComponent), nextComponent = lastComponent.previousComponent, delete lastComponent.previousComponent, lastComponent = nextComponent;
    components.reverse();
    let componentLen = components.length, componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      let component = components[componentPos];
      if (component.removed)
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count)), oldPos += component.count;
      else {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            let oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          }), component.value = this.join(value);
        } else
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        newPos += component.count, component.added || (oldPos += component.count);
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/character.js
var CharacterDiff = class extends Diff {
}, characterDiff = new CharacterDiff();
function diffChars(oldStr, newStr, options) {
  return characterDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
  let i;
  for (i = 0; i < str1.length && i < str2.length; i++)
    if (str1[i] != str2[i])
      return str1.slice(0, i);
  return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
  let i;
  if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1])
    return "";
  for (i = 0; i < str1.length && i < str2.length; i++)
    if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)])
      return str1.slice(-i);
  return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix)
    throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix)
    return string + newSuffix;
  if (string.slice(-oldSuffix.length) != oldSuffix)
    throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
  let startA = 0;
  a.length > b.length && (startA = a.length - b.length);
  let endB = b.length;
  a.length < b.length && (endB = a.length);
  let map = Array(endB), k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    for (b[j] == b[k] ? map[j] = map[k] : map[j] = k; k > 0 && b[j] != b[k]; )
      k = map[k];
    b[j] == b[k] && k++;
  }
  k = 0;
  for (let i = startA; i < a.length; i++) {
    for (; k > 0 && a[i] != b[k]; )
      k = map[k];
    a[i] == b[k] && k++;
  }
  return k;
}
function hasOnlyWinLineEndings(string) {
  return string.includes(`\r
`) && !string.startsWith(`
`) && !string.match(/[^\r]\n/);
}
function hasOnlyUnixLineEndings(string) {
  return !string.includes(`\r
`) && string.includes(`
`);
}
function segment(string, segmenter) {
  let parts = [];
  for (let segmentObj of Array.from(segmenter.segment(string))) {
    let segment2 = segmentObj.segment;
    parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2) ? parts[parts.length - 1] += segment2 : parts.push(segment2);
  }
  return parts;
}
function trailingWs(string, segmenter) {
  if (segmenter)
    return leadingAndTrailingWs(string, segmenter)[1];
  let i;
  for (i = string.length - 1; i >= 0 && string[i].match(/\s/); i--)
    ;
  return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
  if (segmenter)
    return leadingAndTrailingWs(string, segmenter)[0];
  let match = string.match(/^\s*/);
  return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
  if (!segmenter)
    return [leadingWs(string), trailingWs(string)];
  if (segmenter.resolvedOptions().granularity != "word")
    throw new Error('The segmenter passed must have a granularity of "word"');
  let segments = segment(string, segmenter), firstSeg = segments[0], lastSeg = segments[segments.length - 1], head = /\s/.test(firstSeg) ? firstSeg : "", tail = /\s/.test(lastSeg) ? lastSeg : "";
  return [head, tail];
}

// node_modules/diff/libesm/diff/word.js
var extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}", tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug"), WordDiff = class extends Diff {
  equals(left, right, options) {
    return options.ignoreCase && (left = left.toLowerCase(), right = right.toLowerCase()), left.trim() === right.trim();
  }
  tokenize(value, options = {}) {
    let parts;
    if (options.intlSegmenter) {
      let segmenter = options.intlSegmenter;
      if (segmenter.resolvedOptions().granularity != "word")
        throw new Error('The segmenter passed must have a granularity of "word"');
      parts = segment(value, segmenter);
    } else
      parts = value.match(tokenizeIncludingWhitespace) || [];
    let tokens = [], prevPart = null;
    return parts.forEach((part) => {
      /\s/.test(part) ? prevPart == null ? tokens.push(part) : tokens.push(tokens.pop() + part) : prevPart != null && /\s/.test(prevPart) ? tokens[tokens.length - 1] == prevPart ? tokens.push(tokens.pop() + part) : tokens.push(prevPart + part) : tokens.push(part), prevPart = part;
    }), tokens;
  }
  join(tokens) {
    return tokens.map((token, i) => i == 0 ? token : token.replace(/^\s+/, "")).join("");
  }
  postProcess(changes, options) {
    if (!changes || options.oneChangePerToken)
      return changes;
    let lastKeep = null, insertion = null, deletion = null;
    return changes.forEach((change) => {
      change.added ? insertion = change : change.removed ? deletion = change : ((insertion || deletion) && dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter), lastKeep = change, insertion = null, deletion = null);
    }), (insertion || deletion) && dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter), changes;
  }
}, wordDiff = new WordDiff();
function diffWords(oldStr, newStr, options) {
  return options?.ignoreWhitespace != null && !options.ignoreWhitespace ? diffWordsWithSpace(oldStr, newStr, options) : wordDiff.diff(oldStr, newStr, options);
}
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
  if (deletion && insertion) {
    let [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter), [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
    if (startKeep) {
      let commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix), deletion.value = removePrefix(deletion.value, commonWsPrefix), insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      let commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix), deletion.value = removeSuffix(deletion.value, commonWsSuffix), insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      let ws = leadingWs(insertion.value, segmenter);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      let ws = leadingWs(endKeep.value, segmenter);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    let newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter), newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    let newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd), endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd), startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    let endKeepWsPrefix = leadingWs(endKeep.value, segmenter), deletionWsSuffix = trailingWs(deletion.value, segmenter), overlap = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (startKeep) {
    let startKeepWsSuffix = trailingWs(startKeep.value, segmenter), deletionWsPrefix = leadingWs(deletion.value, segmenter), overlap = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap);
  }
}
var WordsWithSpaceDiff = class extends Diff {
  tokenize(value) {
    let regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
    return value.match(regex) || [];
  }
}, wordsWithSpaceDiff = new WordsWithSpaceDiff();
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/util/params.js
function generateOptions(options, defaults) {
  if (typeof options == "function")
    defaults.callback = options;
  else if (options)
    for (let name in options)
      Object.prototype.hasOwnProperty.call(options, name) && (defaults[name] = options[name]);
  return defaults;
}

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments), this.tokenize = tokenize;
  }
  equals(left, right, options) {
    return options.ignoreWhitespace ? ((!options.newlineIsToken || !left.includes(`
`)) && (left = left.trim()), (!options.newlineIsToken || !right.includes(`
`)) && (right = right.trim())) : options.ignoreNewlineAtEof && !options.newlineIsToken && (left.endsWith(`
`) && (left = left.slice(0, -1)), right.endsWith(`
`) && (right = right.slice(0, -1))), super.equals(left, right, options);
  }
}, lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
  return options = generateOptions(options, { ignoreWhitespace: !0 }), lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  options.stripTrailingCr && (value = value.replace(/\r\n/g, `
`));
  let retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  linesAndNewlines[linesAndNewlines.length - 1] || linesAndNewlines.pop();
  for (let i = 0; i < linesAndNewlines.length; i++) {
    let line = linesAndNewlines[i];
    i % 2 && !options.newlineIsToken ? retLines[retLines.length - 1] += line : retLines.push(line);
  }
  return retLines;
}

// node_modules/diff/libesm/diff/sentence.js
function isSentenceEndPunct(char) {
  return char == "." || char == "!" || char == "?";
}
var SentenceDiff = class extends Diff {
  tokenize(value) {
    var _a;
    let result = [], tokenStartI = 0;
    for (let i = 0; i < value.length; i++) {
      if (i == value.length - 1) {
        result.push(value.slice(tokenStartI));
        break;
      }
      if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
        for (result.push(value.slice(tokenStartI, i + 1)), i = tokenStartI = i + 1; !((_a = value[i + 1]) === null || _a === void 0) && _a.match(/\s/); )
          i++;
        result.push(value.slice(tokenStartI, i + 1)), tokenStartI = i + 1;
      }
    }
    return result;
  }
}, sentenceDiff = new SentenceDiff();
function diffSentences(oldStr, newStr, options) {
  return sentenceDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/diff/css.js
var CssDiff = class extends Diff {
  tokenize(value) {
    return value.split(/([{}:;,]|\s+)/);
  }
}, cssDiff = new CssDiff();
function diffCss(oldStr, newStr, options) {
  return cssDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/diff/json.js
var JsonDiff = class extends Diff {
  constructor() {
    super(...arguments), this.tokenize = tokenize;
  }
  get useLongestToken() {
    return !0;
  }
  castInput(value, options) {
    let { undefinedReplacement, stringifyReplacer = (k, v) => typeof v > "u" ? undefinedReplacement : v } = options;
    return typeof value == "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
  }
  equals(left, right, options) {
    return super.equals(left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
  }
}, jsonDiff = new JsonDiff();
function diffJson(oldStr, newStr, options) {
  return jsonDiff.diff(oldStr, newStr, options);
}
function canonicalize(obj, stack, replacementStack, replacer, key) {
  stack = stack || [], replacementStack = replacementStack || [], replacer && (obj = replacer(key === void 0 ? "" : key, obj));
  let i;
  for (i = 0; i < stack.length; i += 1)
    if (stack[i] === obj)
      return replacementStack[i];
  let canonicalizedObj;
  if (Object.prototype.toString.call(obj) === "[object Array]") {
    for (stack.push(obj), canonicalizedObj = new Array(obj.length), replacementStack.push(canonicalizedObj), i = 0; i < obj.length; i += 1)
      canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
    return stack.pop(), replacementStack.pop(), canonicalizedObj;
  }
  if (obj && obj.toJSON && (obj = obj.toJSON()), typeof obj == "object" && obj !== null) {
    stack.push(obj), canonicalizedObj = {}, replacementStack.push(canonicalizedObj);
    let sortedKeys = [], key2;
    for (key2 in obj)
      Object.prototype.hasOwnProperty.call(obj, key2) && sortedKeys.push(key2);
    for (sortedKeys.sort(), i = 0; i < sortedKeys.length; i += 1)
      key2 = sortedKeys[i], canonicalizedObj[key2] = canonicalize(obj[key2], stack, replacementStack, replacer, key2);
    stack.pop(), replacementStack.pop();
  } else
    canonicalizedObj = obj;
  return canonicalizedObj;
}

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
}, arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// node_modules/diff/libesm/patch/line-endings.js
function unixToWin(patch) {
  return Array.isArray(patch) ? patch.map((p) => unixToWin(p)) : Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || !((_a = hunk.lines[i + 1]) === null || _a === void 0) && _a.startsWith("\\") ? line : line + "\r";
  }) })) });
}
function winToUnix(patch) {
  return Array.isArray(patch) ? patch.map((p) => winToUnix(p)) : Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line) => line.endsWith("\r") ? line.substring(0, line.length - 1) : line) })) });
}
function isUnix(patch) {
  return Array.isArray(patch) || (patch = [patch]), !patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => !line.startsWith("\\") && line.endsWith("\r"))));
}
function isWin(patch) {
  return Array.isArray(patch) || (patch = [patch]), patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => line.endsWith("\r")))) && patch.every((index) => index.hunks.every((hunk) => hunk.lines.every((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
  })));
}

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  let diffstr = uniDiff.split(/\n/), list = [], i = 0;
  function isGitDiffHeader(line) {
    return /^diff --git /.test(line);
  }
  function isDiffHeader(line) {
    return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
  }
  function isFileHeader(line) {
    return /^(---|\+\+\+)\s/.test(line);
  }
  function isHunkHeader(line) {
    return /^@@\s/.test(line);
  }
  function parseIndex() {
    var _a;
    let index = {};
    index.hunks = [], list.push(index);
    let seenDiffHeader = !1;
    for (; i < diffstr.length; ) {
      let line = diffstr[i];
      if (isFileHeader(line) || isHunkHeader(line))
        break;
      if (isGitDiffHeader(line)) {
        if (seenDiffHeader)
          return;
        seenDiffHeader = !0, index.isGit = !0;
        let paths = parseGitDiffHeader(line);
        for (paths && (index.oldFileName = paths.oldFileName, index.newFileName = paths.newFileName), i++; i < diffstr.length; ) {
          let extLine = diffstr[i];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine))
            break;
          let renameFromMatch = /^rename from (.*)/.exec(extLine);
          renameFromMatch && (index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]), index.isRename = !0);
          let renameToMatch = /^rename to (.*)/.exec(extLine);
          renameToMatch && (index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]), index.isRename = !0);
          let copyFromMatch = /^copy from (.*)/.exec(extLine);
          copyFromMatch && (index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]), index.isCopy = !0);
          let copyToMatch = /^copy to (.*)/.exec(extLine);
          copyToMatch && (index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]), index.isCopy = !0);
          let newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          newFileModeMatch && (index.isCreate = !0, index.newMode = newFileModeMatch[1]);
          let deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          deletedFileModeMatch && (index.isDelete = !0, index.oldMode = deletedFileModeMatch[1]);
          let oldModeMatch = /^old mode (\d+)/.exec(extLine);
          oldModeMatch && (index.oldMode = oldModeMatch[1]);
          let newModeMatch = /^new mode (\d+)/.exec(extLine);
          newModeMatch && (index.newMode = newModeMatch[1]), /^Binary files /.test(extLine) && (index.isBinary = !0), i++;
        }
        continue;
      } else if (isDiffHeader(line)) {
        if (seenDiffHeader)
          return;
        seenDiffHeader = !0;
        let headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
        headerMatch && (index.index = line.substring(headerMatch[0].length).trim());
      }
      i++;
    }
    if (parseFileHeader(index), parseFileHeader(index), index.oldFileName === void 0 != (index.newFileName === void 0))
      throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index.oldFileName) !== null && _a !== void 0 ? _a : index.newFileName));
    for (; i < diffstr.length; ) {
      let line = diffstr[i];
      if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line))
        break;
      isHunkHeader(line) ? index.hunks.push(parseHunk()) : i++;
    }
  }
  function parseGitDiffHeader(line) {
    let rest = line.substring(11);
    if (rest.startsWith('"')) {
      let oldPath = parseQuotedFileName(rest);
      if (oldPath === null)
        return null;
      let afterOld = rest.substring(oldPath.rawLength + 1), newFileName;
      if (afterOld.startsWith('"')) {
        let newPath = parseQuotedFileName(afterOld);
        if (newPath === null)
          return null;
        newFileName = newPath.fileName;
      } else
        newFileName = afterOld;
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    let quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      let oldFileName = rest.substring(0, quoteIdx - 1), newPath = parseQuotedFileName(rest.substring(quoteIdx));
      return newPath === null ? null : {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      let splits = [], idx = 0;
      for (; idx = rest.indexOf(" b/", idx + 1), idx !== -1; )
        splits.push(idx);
      if (splits.length > 0) {
        let mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      let parsed = parseQuotedFileName(s);
      if (parsed)
        return parsed.fileName;
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"'))
      return null;
    let result = "", j = 1;
    for (; j < s.length; ) {
      if (s[j] === '"')
        return { fileName: result, rawLength: j + 1 };
      if (s[j] === "\\" && j + 1 < s.length)
        switch (j++, s[j]) {
          case "a":
            result += "\x07";
            break;
          case "b":
            result += "\b";
            break;
          case "f":
            result += "\f";
            break;
          case "n":
            result += `
`;
            break;
          case "r":
            result += "\r";
            break;
          case "t":
            result += "	";
            break;
          case "v":
            result += "\v";
            break;
          case "\\":
            result += "\\";
            break;
          case '"':
            result += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7")
              return null;
            let bytes = [parseInt(s.substring(j, j + 3), 8)];
            for (j += 3; s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7"; ) {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7")
                return null;
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8)), j += 4;
            }
            result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      else
        result += s[j];
      j++;
    }
    return null;
  }
  function parseFileHeader(index) {
    let fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      let prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim(), fileName = data[0];
      fileName.startsWith('"') ? fileName = unquoteIfQuoted(fileName) : fileName = fileName.replace(/\\\\/g, "\\"), prefix === "---" ? (index.oldFileName = fileName, index.oldHeader = header) : (index.newFileName = fileName, index.newHeader = header), i++;
    }
  }
  function parseHunk() {
    var _a;
    let chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/), hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] > "u" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] > "u" ? 1 : +chunkHeader[4],
      lines: []
    };
    hunk.oldLines === 0 && (hunk.oldStart += 1), hunk.newLines === 0 && (hunk.newStart += 1);
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || !((_a = diffstr[i]) === null || _a === void 0) && _a.startsWith("\\")); i++) {
      let operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\")
        hunk.lines.push(diffstr[i]), operation === "+" ? addCount++ : operation === "-" ? removeCount++ : operation === " " && (addCount++, removeCount++);
      else
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
    }
    if (!addCount && hunk.newLines === 1 && (hunk.newLines = 0), !removeCount && hunk.oldLines === 1 && (hunk.oldLines = 0), addCount !== hunk.newLines)
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    if (removeCount !== hunk.oldLines)
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    if (i < diffstr.length && diffstr[i] && /^[+ -]/.test(diffstr[i]) && !isFileHeader(diffstr[i]))
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    return hunk;
  }
  for (; i < diffstr.length; )
    parseIndex();
  return list;
}

// node_modules/diff/libesm/util/distance-iterator.js
function distance_iterator_default(start, minLine, maxLine) {
  let wantForward = !0, backwardExhausted = !1, forwardExhausted = !1, localOffset = 1;
  return function iterator() {
    if (wantForward && !forwardExhausted) {
      if (backwardExhausted ? localOffset++ : wantForward = !1, start + localOffset <= maxLine)
        return start + localOffset;
      forwardExhausted = !0;
    }
    if (!backwardExhausted)
      return forwardExhausted || (wantForward = !0), minLine <= start - localOffset ? start - localOffset++ : (backwardExhausted = !0, iterator());
  };
}

// node_modules/diff/libesm/patch/apply.js
function applyPatch(source, patch, options = {}) {
  let patches;
  if (typeof patch == "string" ? patches = parsePatch(patch) : Array.isArray(patch) ? patches = patch : patches = [patch], patches.length > 1)
    throw new Error("applyPatch only works with a single input.");
  return applyStructuredPatch(source, patches[0], options);
}
function applyStructuredPatch(source, patch, options = {}) {
  (options.autoConvertLineEndings || options.autoConvertLineEndings == null) && (hasOnlyWinLineEndings(source) && isUnix(patch) ? patch = unixToWin(patch) : hasOnlyUnixLineEndings(source) && isWin(patch) && (patch = winToUnix(patch)));
  let lines = source.split(`
`), hunks = patch.hunks, compareLine = options.compareLine || ((lineNumber, line, operation, patchContent) => line === patchContent), fuzzFactor = options.fuzzFactor || 0, minLine = 0;
  if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor))
    throw new Error("fuzzFactor must be a non-negative integer");
  if (!hunks.length)
    return source;
  let prevLine = "", removeEOFNL = !1, addEOFNL = !1;
  for (let i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
    let line = hunks[hunks.length - 1].lines[i];
    line[0] == "\\" && (prevLine[0] == "+" ? removeEOFNL = !0 : prevLine[0] == "-" && (addEOFNL = !0)), prevLine = line;
  }
  if (removeEOFNL) {
    if (addEOFNL) {
      if (!fuzzFactor && lines[lines.length - 1] == "")
        return !1;
    } else if (lines[lines.length - 1] == "")
      lines.pop();
    else if (!fuzzFactor)
      return !1;
  } else if (addEOFNL) {
    if (lines[lines.length - 1] != "")
      lines.push("");
    else if (!fuzzFactor)
      return !1;
  }
  function applyHunk(hunkLines, toPos, maxErrors, hunkLinesI = 0, lastContextLineMatched = !0, patchedLines = [], patchedLinesLength = 0) {
    let nConsecutiveOldContextLines = 0, nextContextLineMustMatch = !1;
    for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
      let hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
      if (operation === "-")
        if (compareLine(toPos + 1, lines[toPos], operation, content))
          toPos++, nConsecutiveOldContextLines = 0;
        else
          return !maxErrors || lines[toPos] == null ? null : (patchedLines[patchedLinesLength] = lines[toPos], applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, !1, patchedLines, patchedLinesLength + 1));
      if (operation === "+") {
        if (!lastContextLineMatched)
          return null;
        patchedLines[patchedLinesLength] = content, patchedLinesLength++, nConsecutiveOldContextLines = 0, nextContextLineMustMatch = !0;
      }
      if (operation === " ")
        if (nConsecutiveOldContextLines++, patchedLines[patchedLinesLength] = lines[toPos], compareLine(toPos + 1, lines[toPos], operation, content))
          patchedLinesLength++, lastContextLineMatched = !0, nextContextLineMustMatch = !1, toPos++;
        else
          return nextContextLineMustMatch || !maxErrors ? null : lines[toPos] && (applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI + 1, !1, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, !1, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos, maxErrors - 1, hunkLinesI + 1, !1, patchedLines, patchedLinesLength);
    }
    return patchedLinesLength -= nConsecutiveOldContextLines, toPos -= nConsecutiveOldContextLines, patchedLines.length = patchedLinesLength, {
      patchedLines,
      oldLineLastI: toPos - 1
    };
  }
  let resultLines = [], prevHunkOffset = 0;
  for (let i = 0; i < hunks.length; i++) {
    let hunk = hunks[i], hunkResult, maxLine = lines.length - hunk.oldLines + fuzzFactor, toPos;
    for (let maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
      toPos = hunk.oldStart + prevHunkOffset - 1;
      let iterator = distance_iterator_default(toPos, minLine, maxLine);
      for (; toPos !== void 0 && (hunkResult = applyHunk(hunk.lines, toPos, maxErrors), !hunkResult); toPos = iterator())
        ;
      if (hunkResult)
        break;
    }
    if (!hunkResult)
      return !1;
    for (let i2 = minLine; i2 < toPos; i2++)
      resultLines.push(lines[i2]);
    for (let i2 = 0; i2 < hunkResult.patchedLines.length; i2++) {
      let line = hunkResult.patchedLines[i2];
      resultLines.push(line);
    }
    minLine = hunkResult.oldLineLastI + 1, prevHunkOffset = toPos + 1 - hunk.oldStart;
  }
  for (let i = minLine; i < lines.length; i++)
    resultLines.push(lines[i]);
  return resultLines.join(`
`);
}
function applyPatches(uniDiff, options) {
  let spDiff = typeof uniDiff == "string" ? parsePatch(uniDiff) : uniDiff, currentIndex = 0;
  function processIndex() {
    let index = spDiff[currentIndex++];
    if (!index)
      return options.complete();
    options.loadFile(index, function(err, data) {
      if (err)
        return options.complete(err);
      let updatedContent = applyPatch(data, index, options);
      options.patched(index, updatedContent, function(err2) {
        if (err2)
          return options.complete(err2);
        processIndex();
      });
    });
  }
  processIndex();
}

// node_modules/diff/libesm/patch/reverse.js
function swapPrefix(fileName) {
  return fileName === void 0 || fileName === "/dev/null" ? fileName : fileName.startsWith("a/") ? "b/" + fileName.slice(2) : fileName.startsWith("b/") ? "a/" + fileName.slice(2) : fileName;
}
function reversePatch(structuredPatch2) {
  if (Array.isArray(structuredPatch2))
    return structuredPatch2.map((patch) => reversePatch(patch)).reverse();
  let reversed = Object.assign(Object.assign({}, structuredPatch2), { oldFileName: structuredPatch2.isGit ? swapPrefix(structuredPatch2.newFileName) : structuredPatch2.newFileName, oldHeader: structuredPatch2.newHeader, newFileName: structuredPatch2.isGit ? swapPrefix(structuredPatch2.oldFileName) : structuredPatch2.oldFileName, newHeader: structuredPatch2.oldHeader, oldMode: structuredPatch2.newMode, newMode: structuredPatch2.oldMode, isCreate: structuredPatch2.isDelete, isDelete: structuredPatch2.isCreate, hunks: structuredPatch2.hunks.map((hunk) => ({
    oldLines: hunk.newLines,
    oldStart: hunk.newStart,
    newLines: hunk.oldLines,
    newStart: hunk.oldStart,
    lines: hunk.lines.map((l) => l.startsWith("-") ? `+${l.slice(1)}` : l.startsWith("+") ? `-${l.slice(1)}` : l)
  })) });
  return structuredPatch2.isCopy && (reversed.newFileName = "/dev/null", reversed.newHeader = void 0, reversed.isDelete = !0, delete reversed.isCreate, delete reversed.isCopy, delete reversed.isRename, reversed.hunks = []), reversed;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++)
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\")
      return !0;
  return !1;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s))
    return s;
  let result = '"', bytes = new TextEncoder().encode(s), i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i];
    b === 7 ? result += "\\a" : b === 8 ? result += "\\b" : b === 9 ? result += "\\t" : b === 10 ? result += "\\n" : b === 11 ? result += "\\v" : b === 12 ? result += "\\f" : b === 13 ? result += "\\r" : b === 34 ? result += '\\"' : b === 92 ? result += "\\\\" : b >= 32 && b <= 126 ? result += String.fromCharCode(b) : result += "\\" + b.toString(8).padStart(3, "0"), i++;
  }
  return result += '"', result;
}
var INCLUDE_HEADERS = {
  includeIndex: !0,
  includeUnderline: !0,
  includeFileHeaders: !0
}, FILE_HEADERS_ONLY = {
  includeIndex: !1,
  includeUnderline: !1,
  includeFileHeaders: !0
}, OMIT_HEADERS = {
  includeIndex: !1,
  includeUnderline: !1,
  includeFileHeaders: !1
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  options ? typeof options == "function" ? optionsObj = { callback: options } : optionsObj = options : optionsObj = {}, typeof optionsObj.context > "u" && (optionsObj.context = 4);
  let context = optionsObj.context;
  if (optionsObj.newlineIsToken)
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  if (optionsObj.callback) {
    let { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      let patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  } else
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  function diffLinesResultToPatch(diff) {
    if (!diff)
      return;
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    let hunks = [], oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      let current = diff[i], lines = current.lines || splitLines(current.value);
      if (current.lines = lines, current.added || current.removed) {
        if (!oldRangeStart) {
          let prev = diff[i - 1];
          oldRangeStart = oldLine, newRangeStart = newLine, prev && (curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [], oldRangeStart -= curRange.length, newRangeStart -= curRange.length);
        }
        for (let line of lines)
          curRange.push((current.added ? "+" : "-") + line);
        current.added ? newLine += lines.length : oldLine += lines.length;
      } else {
        if (oldRangeStart)
          if (lines.length <= context * 2 && i < diff.length - 2)
            for (let line of contextLines(lines))
              curRange.push(line);
          else {
            let contextSize = Math.min(lines.length, context);
            for (let line of contextLines(lines.slice(0, contextSize)))
              curRange.push(line);
            let hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk), oldRangeStart = 0, newRangeStart = 0, curRange = [];
          }
        oldLine += lines.length, newLine += lines.length;
      }
    }
    for (let hunk of hunks)
      for (let i = 0; i < hunk.lines.length; i++)
        hunk.lines[i].endsWith(`
`) ? hunk.lines[i] = hunk.lines[i].slice(0, -1) : (hunk.lines.splice(i + 1, 0, "\\ No newline at end of file"), i++);
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (headerOptions || (headerOptions = INCLUDE_HEADERS), Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit))
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    return patch.map((p) => formatPatch(p, headerOptions)).join(`
`);
  }
  let ret = [];
  if (patch.isGit) {
    if (headerOptions = INCLUDE_HEADERS, !patch.oldFileName)
      throw new Error("oldFileName must be specified for Git patches");
    if (!patch.newFileName)
      throw new Error("newFileName must be specified for Git patches");
    let gitOldName = patch.oldFileName, gitNewName = patch.newFileName;
    patch.isCreate && gitOldName === "/dev/null" ? gitOldName = gitNewName.replace(/^b\//, "a/") : patch.isDelete && gitNewName === "/dev/null" && (gitNewName = gitOldName.replace(/^a\//, "b/")), ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName)), patch.isDelete && ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644")), patch.isCreate && ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644")), patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate && (ret.push("old mode " + patch.oldMode), ret.push("new mode " + patch.newMode)), patch.isRename && (ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, ""))), ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")))), patch.isCopy && (ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, ""))), ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, ""))));
  } else
    headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0 && ret.push("Index: " + patch.oldFileName), headerOptions.includeUnderline && ret.push("===================================================================");
  let hasHunks = patch.hunks.length > 0;
  headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks) && (ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : "")), ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : "")));
  for (let i = 0; i < patch.hunks.length; i++) {
    let hunk = patch.hunks[i], oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart, newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (let line of hunk.lines)
      ret.push(line);
  }
  return ret.join(`
`) + `
`;
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options == "function" && (options = { callback: options }), options?.callback) {
    let { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      callback(patchObj ? formatPatch(patchObj, options.headerOptions) : void 0);
    } }));
  } else {
    let patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    return patchObj ? formatPatch(patchObj, options?.headerOptions) : void 0;
  }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
  return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
function splitLines(text) {
  let hasTrailingNl = text.endsWith(`
`), result = text.split(`
`).map((line) => line + `
`);
  return hasTrailingNl ? result.pop() : result.push(result.pop().slice(0, -1)), result;
}

// node_modules/diff/libesm/convert/dmp.js
function convertChangesToDMP(changes) {
  let ret = [], change, operation;
  for (let i = 0; i < changes.length; i++)
    change = changes[i], change.added ? operation = 1 : change.removed ? operation = -1 : operation = 0, ret.push([operation, change.value]);
  return ret;
}

// node_modules/diff/libesm/convert/xml.js
function convertChangesToXML(changes) {
  let ret = [];
  for (let i = 0; i < changes.length; i++) {
    let change = changes[i];
    change.added ? ret.push("<ins>") : change.removed && ret.push("<del>"), ret.push(escapeHTML(change.value)), change.added ? ret.push("</ins>") : change.removed && ret.push("</del>");
  }
  return ret.join("");
}
function escapeHTML(s) {
  let n = s;
  return n = n.replace(/&/g, "&amp;"), n = n.replace(/</g, "&lt;"), n = n.replace(/>/g, "&gt;"), n = n.replace(/"/g, "&quot;"), n;
}
export {
  Diff,
  FILE_HEADERS_ONLY,
  INCLUDE_HEADERS,
  OMIT_HEADERS,
  applyPatch,
  applyPatches,
  arrayDiff,
  canonicalize,
  characterDiff,
  convertChangesToDMP,
  convertChangesToXML,
  createPatch,
  createTwoFilesPatch,
  cssDiff,
  diffArrays,
  diffChars,
  diffCss,
  diffJson,
  diffLines,
  diffSentences,
  diffTrimmedLines,
  diffWords,
  diffWordsWithSpace,
  formatPatch,
  jsonDiff,
  lineDiff,
  parsePatch,
  reversePatch,
  sentenceDiff,
  structuredPatch,
  wordDiff,
  wordsWithSpaceDiff
};
