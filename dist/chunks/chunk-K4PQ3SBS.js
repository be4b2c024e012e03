import { createRequire as __imageGateCreateRequire } from 'node:module'; const require = __imageGateCreateRequire(import.meta.url);
import {
  normalizeRegistryHost
} from "./chunk-SWD42B3U.js";
import {
  external_exports,
  formatReference,
  parseImageReference,
  pinnedReference,
  repositoryName
} from "./chunk-2OZYNFSV.js";
import {
  runTrivy
} from "./chunk-WYW7EJ3W.js";
import {
  configError,
  infrastructureError
} from "./chunk-7ZCAQYN5.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-7UNR4MGD.js";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value, this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        return this.range.end.line < position.line ? !1 : this.range.start.line > position.line ? !0 : this.range.start.character > position.character;
      }
      isBefore(position) {
        return this.range.start.line < position.line ? !0 : this.range.end.line > position.line ? !1 : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument(), JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range), this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        return value = value.substring(1, value.length - 1), value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is, init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value == "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value == "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648, integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value == "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0, uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value == "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        return line === Number.MAX_VALUE && (line = uinteger.MAX_VALUE), character === Number.MAX_VALUE && (character = uinteger.MAX_VALUE), { line, character };
      }
      Position2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four))
          return { start: Position.create(one, two), end: Position.create(three, four) };
        if (Position.is(one) && Position.is(two))
          return { start: one, end: two };
        throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
      }
      Range2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment", FoldingRangeKind2.Imports = "imports", FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        let result = {
          startLine,
          endLine
        };
        return Is.defined(startCharacter) && (result.startCharacter = startCharacter), Is.defined(endCharacter) && (result.endCharacter = endCharacter), Is.defined(kind) && (result.kind = kind), Is.defined(collapsedText) && (result.collapsedText = collapsedText), result;
      }
      FoldingRange2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1, DiagnosticSeverity2.Warning = 2, DiagnosticSeverity2.Information = 3, DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1, DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        let result = { range, message };
        return Is.defined(severity) && (result.severity = severity), Is.defined(code) && (result.code = code), Is.defined(source) && (result.source = source), Is.defined(relatedInformation) && (result.relatedInformation = relatedInformation), result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message))
          return diagnostic.message;
        if (MarkupContent.is(diagnostic.message))
          return diagnostic.message.value;
        throw new Error(`Unknown message type ${typeof diagnostic.message}`);
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title2, command, ...args) {
        let result = { title: title2, command };
        return Is.defined(args) && args.length > 0 && (result.arguments = args), result;
      }
      Command2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        let result = { label };
        return needsConfirmation !== void 0 && (result.needsConfirmation = needsConfirmation), description !== void 0 && (result.description = description), result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        let candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        let candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        let result = {
          kind: "create",
          uri
        };
        return options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0) && (result.options = options), annotation !== void 0 && (result.annotationId = annotation), result;
      }
      CreateFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        let result = {
          kind: "rename",
          oldUri,
          newUri
        };
        return options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0) && (result.options = options), annotation !== void 0 && (result.annotationId = annotation), result;
      }
      RenameFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        let result = {
          kind: "delete",
          uri
        };
        return options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0) && (result.options = options), annotation !== void 0 && (result.annotationId = annotation), result;
      }
      DeleteFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        let candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => Is.string(change.kind) ? CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change) : TextDocumentEdit.is(change)));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits, this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.insert(position, newText) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.insert(position, newText, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.insert(position, newText, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      replace(range, newText, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.replace(range, newText) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.replace(range, newText, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.replace(range, newText, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      delete(range, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.del(range) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.del(range, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.del(range, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0)
          throw new Error("Text edit change is not configured to manage change annotations.");
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations, this._counter = 0, this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation) ? id = idOrAnnotation : (id = this.nextId(), annotation = idOrAnnotation), this._annotations[id] !== void 0)
          throw new Error(`Id ${id} is already in use.`);
        if (annotation === void 0)
          throw new Error(`No annotation provided for id ${id}`);
        return this._annotations[id] = annotation, this._size++, id;
      }
      nextId() {
        return this._counter++, this._counter.toString();
      }
    }, WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null), workspaceEdit !== void 0 ? (this._workspaceEdit = workspaceEdit, workspaceEdit.documentChanges ? (this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations), workspaceEdit.changeAnnotations = this._changeAnnotations.all(), workspaceEdit.documentChanges.forEach((change) => {
          if (TextDocumentEdit.is(change)) {
            let textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
            this._textEditChanges[change.textDocument.uri] = textEditChange;
          }
        })) : workspaceEdit.changes && Object.keys(workspaceEdit.changes).forEach((key) => {
          let textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
          this._textEditChanges[key] = textEditChange;
        })) : this._workspaceEdit = {};
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        return this.initDocumentChanges(), this._changeAnnotations !== void 0 && (this._changeAnnotations.size === 0 ? this._workspaceEdit.changeAnnotations = void 0 : this._workspaceEdit.changeAnnotations = this._changeAnnotations.all()), this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
            throw new Error("Workspace edit is not configured for document changes.");
          let textDocument = { uri: key.uri, version: key.version }, result = this._textEditChanges[textDocument.uri];
          if (!result) {
            let edits = [], textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit), result = new TextEditChangeImpl(edits, this._changeAnnotations), this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          if (this.initChanges(), this._workspaceEdit.changes === void 0)
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          let result = this._textEditChanges[key];
          if (!result) {
            let edits = [];
            this._workspaceEdit.changes[key] = edits, result = new TextEditChangeImpl(edits), this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0 && (this._changeAnnotations = new ChangeAnnotations(), this._workspaceEdit.documentChanges = [], this._workspaceEdit.changeAnnotations = this._changeAnnotations.all());
      }
      initChanges() {
        this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0 && (this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null));
      }
      createFile(uri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = CreateFile.create(uri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = CreateFile.create(uri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = RenameFile.create(oldUri, newUri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = RenameFile.create(oldUri, newUri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = DeleteFile.create(uri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = DeleteFile.create(uri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap", LanguageKind2.WindowsBat = "bat", LanguageKind2.BibTeX = "bibtex", LanguageKind2.Clojure = "clojure", LanguageKind2.Coffeescript = "coffeescript", LanguageKind2.C = "c", LanguageKind2.CPP = "cpp", LanguageKind2.CSharp = "csharp", LanguageKind2.CSS = "css", LanguageKind2.D = "d", LanguageKind2.Delphi = "pascal", LanguageKind2.Diff = "diff", LanguageKind2.Dart = "dart", LanguageKind2.Dockerfile = "dockerfile", LanguageKind2.Elixir = "elixir", LanguageKind2.Erlang = "erlang", LanguageKind2.FSharp = "fsharp", LanguageKind2.GitCommit = "git-commit", LanguageKind2.GitRebase = "git-rebase", LanguageKind2.Go = "go", LanguageKind2.Groovy = "groovy", LanguageKind2.Handlebars = "handlebars", LanguageKind2.Haskell = "haskell", LanguageKind2.HTML = "html", LanguageKind2.Ini = "ini", LanguageKind2.Java = "java", LanguageKind2.JavaScript = "javascript", LanguageKind2.JavaScriptReact = "javascriptreact", LanguageKind2.JSON = "json", LanguageKind2.LaTeX = "latex", LanguageKind2.Less = "less", LanguageKind2.Lua = "lua", LanguageKind2.Makefile = "makefile", LanguageKind2.Markdown = "markdown", LanguageKind2.ObjectiveC = "objective-c", LanguageKind2.ObjectiveCPP = "objective-cpp", LanguageKind2.Pascal = "pascal", LanguageKind2.Perl = "perl", LanguageKind2.Perl6 = "perl6", LanguageKind2.PHP = "php", LanguageKind2.Plaintext = "plaintext", LanguageKind2.Powershell = "powershell", LanguageKind2.Pug = "jade", LanguageKind2.Python = "python", LanguageKind2.R = "r", LanguageKind2.Razor = "razor", LanguageKind2.Ruby = "ruby", LanguageKind2.Rust = "rust", LanguageKind2.SCSS = "scss", LanguageKind2.SASS = "sass", LanguageKind2.Scala = "scala", LanguageKind2.ShaderLab = "shaderlab", LanguageKind2.ShellScript = "shellscript", LanguageKind2.SQL = "sql", LanguageKind2.Swift = "swift", LanguageKind2.TypeScript = "typescript", LanguageKind2.TypeScriptReact = "typescriptreact", LanguageKind2.TeX = "tex", LanguageKind2.VisualBasic = "vb", LanguageKind2.XML = "xml", LanguageKind2.XSL = "xsl", LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext", MarkupKind2.Markdown = "markdown";
      function is(value) {
        let candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1, CompletionItemKind2.Method = 2, CompletionItemKind2.Function = 3, CompletionItemKind2.Constructor = 4, CompletionItemKind2.Field = 5, CompletionItemKind2.Variable = 6, CompletionItemKind2.Class = 7, CompletionItemKind2.Interface = 8, CompletionItemKind2.Module = 9, CompletionItemKind2.Property = 10, CompletionItemKind2.Unit = 11, CompletionItemKind2.Value = 12, CompletionItemKind2.Enum = 13, CompletionItemKind2.Keyword = 14, CompletionItemKind2.Snippet = 15, CompletionItemKind2.Color = 16, CompletionItemKind2.File = 17, CompletionItemKind2.Reference = 18, CompletionItemKind2.Folder = 19, CompletionItemKind2.EnumMember = 20, CompletionItemKind2.Constant = 21, CompletionItemKind2.Struct = 22, CompletionItemKind2.Event = 23, CompletionItemKind2.Operator = 24, CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1, InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1, InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1, ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        let candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items || [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        let candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        let candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        let result = { label };
        return Is.defined(documentation) && (result.documentation = documentation), Is.defined(parameters) ? result.parameters = parameters : result.parameters = [], result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1, DocumentHighlightKind2.Read = 2, DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        let result = { range };
        return Is.number(kind) && (result.kind = kind), result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1, SymbolKind2.Module = 2, SymbolKind2.Namespace = 3, SymbolKind2.Package = 4, SymbolKind2.Class = 5, SymbolKind2.Method = 6, SymbolKind2.Property = 7, SymbolKind2.Field = 8, SymbolKind2.Constructor = 9, SymbolKind2.Enum = 10, SymbolKind2.Interface = 11, SymbolKind2.Function = 12, SymbolKind2.Variable = 13, SymbolKind2.Constant = 14, SymbolKind2.String = 15, SymbolKind2.Number = 16, SymbolKind2.Boolean = 17, SymbolKind2.Array = 18, SymbolKind2.Object = 19, SymbolKind2.Key = 20, SymbolKind2.Null = 21, SymbolKind2.EnumMember = 22, SymbolKind2.Struct = 23, SymbolKind2.Event = 24, SymbolKind2.Operator = 25, SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        let result = {
          name,
          kind,
          location: { uri, range }
        };
        return containerName && (result.containerName = containerName), result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        let result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        return children !== void 0 && (result.children = children), result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "", CodeActionKind2.QuickFix = "quickfix", CodeActionKind2.Refactor = "refactor", CodeActionKind2.RefactorExtract = "refactor.extract", CodeActionKind2.RefactorInline = "refactor.inline", CodeActionKind2.RefactorMove = "refactor.move", CodeActionKind2.RefactorRewrite = "refactor.rewrite", CodeActionKind2.Source = "source", CodeActionKind2.SourceOrganizeImports = "source.organizeImports", CodeActionKind2.SourceFixAll = "source.fixAll", CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1, CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        let result = { diagnostics };
        return only != null && (result.only = only), triggerKind != null && (result.triggerKind = triggerKind), result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title2, kindOrCommandOrEdit, kind) {
        let result = { title: title2 }, checkKind = !0;
        return typeof kindOrCommandOrEdit == "string" ? (checkKind = !1, result.kind = kindOrCommandOrEdit) : Command.is(kindOrCommandOrEdit) ? result.command = kindOrCommandOrEdit : result.edit = kindOrCommandOrEdit, checkKind && kind !== void 0 && (result.kind = kind), result;
      }
      CodeAction2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        let result = { range };
        return Is.defined(data) && (result.data = data), result;
      }
      CodeLens2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2.namespace = "namespace", SemanticTokenTypes2.type = "type", SemanticTokenTypes2.class = "class", SemanticTokenTypes2.enum = "enum", SemanticTokenTypes2.interface = "interface", SemanticTokenTypes2.struct = "struct", SemanticTokenTypes2.typeParameter = "typeParameter", SemanticTokenTypes2.parameter = "parameter", SemanticTokenTypes2.variable = "variable", SemanticTokenTypes2.property = "property", SemanticTokenTypes2.enumMember = "enumMember", SemanticTokenTypes2.event = "event", SemanticTokenTypes2.function = "function", SemanticTokenTypes2.method = "method", SemanticTokenTypes2.macro = "macro", SemanticTokenTypes2.keyword = "keyword", SemanticTokenTypes2.modifier = "modifier", SemanticTokenTypes2.comment = "comment", SemanticTokenTypes2.string = "string", SemanticTokenTypes2.number = "number", SemanticTokenTypes2.regexp = "regexp", SemanticTokenTypes2.operator = "operator", SemanticTokenTypes2.decorator = "decorator", SemanticTokenTypes2.label = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2.declaration = "declaration", SemanticTokenModifiers2.definition = "definition", SemanticTokenModifiers2.readonly = "readonly", SemanticTokenModifiers2.static = "static", SemanticTokenModifiers2.deprecated = "deprecated", SemanticTokenModifiers2.abstract = "abstract", SemanticTokenModifiers2.async = "async", SemanticTokenModifiers2.modification = "modification", SemanticTokenModifiers2.documentation = "documentation", SemanticTokenModifiers2.defaultLibrary = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId == "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] == "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1, InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        let result = { position, label };
        return kind !== void 0 && (result.kind = kind), result;
      }
      InlayHint2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1, InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = [`
`, `\r
`, "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        let candidate = value;
        return !!(Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt));
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText(), sortedEdits = mergeSort2(edits, (a, b) => {
          let diff = a.range.start.line - b.range.start.line;
          return diff === 0 ? a.range.start.character - b.range.start.character : diff;
        }), lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          let e = sortedEdits[i], startOffset = document.offsetAt(e.range.start), endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset)
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          else
            throw new Error("Overlapping edit");
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1)
          return data;
        let p = data.length / 2 | 0, left = data.slice(0, p), right = data.slice(p);
        mergeSort2(left, compare), mergeSort2(right, compare);
        let leftIdx = 0, rightIdx = 0, i = 0;
        for (; leftIdx < left.length && rightIdx < right.length; )
          compare(left[leftIdx], right[rightIdx]) <= 0 ? data[i++] = left[leftIdx++] : data[i++] = right[rightIdx++];
        for (; leftIdx < left.length; )
          data[i++] = left[leftIdx++];
        for (; rightIdx < right.length; )
          data[i++] = right[rightIdx++];
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri, this._languageId = languageId, this._version = version, this._content = content, this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          let start = this.offsetAt(range.start), end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text, this._version = version, this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          let lineOffsets = [], text = this._content, isLineStart = !0;
          for (let i = 0; i < text.length; i++) {
            isLineStart && (lineOffsets.push(i), isLineStart = !1);
            let ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === `
`, ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === `
` && i++;
          }
          isLineStart && text.length > 0 && lineOffsets.push(text.length), this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        let lineOffsets = this.getLineOffsets(), low = 0, high = lineOffsets.length;
        if (high === 0)
          return Position.create(0, offset);
        for (; low < high; ) {
          let mid = Math.floor((low + high) / 2);
          lineOffsets[mid] > offset ? high = mid : low = mid + 1;
        }
        let line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        let lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length)
          return this._content.length;
        if (position.line < 0)
          return 0;
        let lineOffset = lineOffsets[position.line], nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      let toString = Object.prototype.toString;
      function defined(value) {
        return typeof value < "u";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value > "u";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === !0 || value === !1;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number2(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number2;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value == "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document, this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        let uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === `
`;
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++)
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case `
`:
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              return -1;
            default:
              return i;
          }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        return range.start.line === range.end.line ? range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character : range.start.line === position.line ? range.start.character <= position.character : range.end.line === position.line ? position.character <= range.end.character : range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        if (value = value.substring(2), value.charAt(0) === "-" && (value = value.substring(1)), value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"')
            return null;
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'")
            return null;
          value = value.substring(1, value.length - 1);
        }
        return value.charAt(0) === "<" ? null : value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), line_1 = require_line(), util_1 = require_util(), Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        let content = this.getContent();
        return content ? "# " + content : "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        return range === null ? "" : this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange(), startOffset = this.document.offsetAt(range.start), raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end)), start = -1, end = -1;
        for (let i = 1; i < raw.length; i++)
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        if (start === -1)
          return null;
        for (let i = raw.length - 1; i >= 1; i--)
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1)
    return data;
  let p = data.length / 2 | 0, left = data.slice(0, p), right = data.slice(p);
  mergeSort(left, compare), mergeSort(right, compare);
  let leftIdx = 0, rightIdx = 0, i = 0;
  for (; leftIdx < left.length && rightIdx < right.length; )
    compare(left[leftIdx], right[rightIdx]) <= 0 ? data[i++] = left[leftIdx++] : data[i++] = right[rightIdx++];
  for (; leftIdx < left.length; )
    data[i++] = left[leftIdx++];
  for (; rightIdx < right.length; )
    data[i++] = right[rightIdx++];
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  let result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i);
    isEOL(ch) && (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10 && i++, result.push(textOffset + i + 1));
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  let start = range.start, end = range.end;
  return start.line > end.line || start.line === end.line && start.character > end.character ? { start: end, end: start } : range;
}
function getWellformedEdit(textEdit) {
  let range = getWellformedRange(textEdit.range);
  return range !== textEdit.range ? { newText: textEdit.newText, range } : textEdit;
}
var FullTextDocument2, TextDocument2, init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri, this._languageId = languageId, this._version = version, this._content = content, this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          let start = this.offsetAt(range.start), end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (let change of changes)
          if (_FullTextDocument.isIncremental(change)) {
            let range = getWellformedRange(change.range), startOffset = this.offsetAt(range.start), endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            let insertedEndOffset = startOffset + change.text.length, crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10, crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            let startLine = Math.max(range.start.line, 0), endLine = Math.max(range.end.line, 0), lineOffsets = this._lineOffsets, addedLineOffsets = computeLineOffsets(change.text, !1, startOffset);
            if (endLine - startLine === addedLineOffsets.length)
              for (let i = 0, len = addedLineOffsets.length; i < len; i++)
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
            else
              addedLineOffsets.length < 1e4 ? lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets) : this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
            let diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0)
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++)
                lineOffsets[i] = lineOffsets[i] + diff;
          } else if (_FullTextDocument.isFull(change))
            this._content = change.text, this._lineOffsets = void 0;
          else
            throw new Error("Unknown change event received");
        this._version = version;
      }
      getLineOffsets() {
        return this._lineOffsets === void 0 && (this._lineOffsets = computeLineOffsets(this._content, !0)), this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        let lineOffsets = this.getLineOffsets(), low = 0, high = lineOffsets.length;
        if (high === 0)
          return { line: 0, character: offset };
        for (; low < high; ) {
          let mid = Math.floor((low + high) / 2);
          lineOffsets[mid] > offset ? high = mid : low = mid + 1;
        }
        let line = low - 1;
        return offset = this.ensureBeforeEOL(offset, lineOffsets[line]), { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        let lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length)
          return this._content.length;
        if (position.line < 0)
          return 0;
        let lineOffset = lineOffsets[position.line];
        if (position.character <= 0)
          return lineOffset;
        let nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length, offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        let lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          let lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0)
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        let startOffset = lineOffsets[line], nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length, endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        let lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length)
          return "";
        if (line < 0)
          return "";
        let nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length, eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        for (; offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1)); )
          offset--;
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength == "number");
      }
      static isFull(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2)
          return document.update(changes, version), document;
        throw new Error("TextDocument.update: document must be created by TextDocument.create");
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        let text = document.getText(), sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          let diff = a.range.start.line - b.range.start.line;
          return diff === 0 ? a.range.start.character - b.range.start.character : diff;
        }), lastModifiedOffset = 0, spans = [];
        for (let e of sortedEdits) {
          let startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset)
            throw new Error("Overlapping edit");
          startOffset > lastModifiedOffset && spans.push(text.substring(lastModifiedOffset, startOffset)), e.newText.length && spans.push(e.newText), lastModifiedOffset = document.offsetAt(e.range.end);
        }
        return spans.push(text.substr(lastModifiedOffset)), spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ParserDirective = void 0;
    var main_1 = require_main(), line_1 = require_line(), ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range), this.nameRange = nameRange, this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        let directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange, this.name = name, this.nameRange = nameRange, this.contentRange = contentRange, this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name, this.nameRange = nameRange, this.range = range, this.modifier = modifier, this.modifierRange = modifierRange, this.substitutionParameter = substitutionParameter, this.substitutionRange = substitutionRange, this.defined = defined, this.buildVariable = buildVariable, this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === !0;
      }
      isEnvironmentVariable() {
        return this.buildVariable === !1;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), util_1 = require_util(), line_1 = require_line(), argument_1 = require_argument(), heredoc_1 = require_heredoc(), variable_1 = require_variable(), main_1 = require_main(), Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range), this.dockerfile = dockerfile, this.escapeChar = escapeChar, this.instruction = instruction, this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments())
          value += " ", value += arg.getValue();
        return value;
      }
      getRangeContent(range) {
        return range === null ? null : this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        return args.length === 0 ? null : vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0)
          return [];
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line)
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        let ranges = [], end = -1, startPosition = args[0].getRange().start, range = this.getInstructionRange(), extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start), fullArgs = this.getTextContent().substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start)), offset = this.document.offsetAt(range.start) + extra, start = !1, comment = !1;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	")
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++)
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case `
`:
                    startPosition !== null && ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), startPosition = null, start = !0, comment = !1, i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
            else next === "\r" ? (startPosition !== null && (ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), startPosition = null), start = !0, comment = !1, i += 2) : (next === `
` && (startPosition !== null && ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), startPosition = null, start = !0, comment = !1), i++);
          } else if (util_1.Util.isNewline(char))
            comment && (startPosition = null, start = !0, comment = !1);
          else if (!comment) {
            if (startPosition === null) {
              if (char === "#") {
                comment = !0;
                continue;
              }
              let position = this.document.positionAt(offset + i);
              position.character !== 0 && (startPosition = vscode_languageserver_types_1.Position.create(position.line, 0));
            }
            end = i;
          }
        }
        return startPosition === null ? ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1))) : ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        return args.length === 0 ? null : this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        if (this.getArguments().length === 0)
          return null;
        let content = "", ranges = this.getArgumentsRanges(), documentText = this.document.getText();
        for (let range of ranges)
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [], range = this.getInstructionRange(), extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start), fullArgs = this.getTextContent().substring(extra), offset = this.document.offsetAt(range.start) + extra, start = !1, comment = !1, found = -1, escapedWhitespaceDetected = !1, escaping = !1, escapeMarker = -1, escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char))
            if (escaping) {
              escapedWhitespaceDetected = !0, util_1.Util.isNewline(char) && (escapedWhitespaceDetected = !1, comment && (comment = !1, start = !0));
              continue;
            } else found !== -1 && (escapeMarker === -1 ? args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i)))) : args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker)))), escapeMarker = -1, escapedArg = "", found = -1);
          else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	")
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++)
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case `
`:
                    comment = !1, escaping = !0, start = !0, found !== -1 && (escapeMarker = i), i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i, found === -1 && (i = j - 1);
                    break whitespaceCheck;
                }
            else if (next === "\r")
              comment = !1, escaping = !0, start = !0, found !== -1 && escapeMarker === -1 && (escapeMarker = i), i += 2;
            else if (next === `
`)
              comment = !1, escaping = !0, start = !0, found !== -1 && escapeMarker === -1 && (escapeMarker = i), i++;
            else {
              if (escapedWhitespaceDetected && escapeMarker !== -1 && (args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker)))), escapedArg = "", found = -1), escapeMarker = -1, escapedWhitespaceDetected = !1, escaping = !1, next === "$")
                escapedArg = escapedArg + char + next;
              else {
                if (next === "")
                  break;
                escapedArg = escapedArg + next;
              }
              found === -1 && (found = i), i++;
            }
          } else comment || (start && char === "#" ? comment = !0 : (escapedWhitespaceDetected && escapeMarker !== -1 && (args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker)))), escapedArg = "", found = -1), escapedWhitespaceDetected = !1, escaping = !1, escapeMarker = -1, escapedArg = escapedArg + char, found === -1 && (found = i)), start = !1);
        }
        return found !== -1 && (escapeMarker === -1 ? args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length)))) : args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))))), args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          let argRange = args[i].getRange(), offset = this.document.offsetAt(argRange.start), variables = this.parseVariables(offset, args[i].getValue()), swaps = [], requiresExpansion = !1;
          for (let variable of variables) {
            let value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value), requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              let variableRange = variables[j].getRange(), start = this.document.offsetAt(variableRange.start), end = this.document.offsetAt(variableRange.end);
              swaps[j] ? (expanded += this.document.getText().substring(offset, start), expanded += swaps[j], offset = end) : (expanded += this.document.getText().substring(offset, end), offset = end);
            }
            let argEnd = this.document.offsetAt(argRange.end);
            argEnd !== offset && (expanded += this.document.getText().substring(offset, argEnd)), args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        let variables = [], args = this.getRawArguments();
        for (let arg of args) {
          let range = arg.getRange(), rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end)), parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (let parsedVariable of parsedVariables)
            variables.push(parsedVariable);
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++)
          switch (arg.charAt(i)) {
            case this.escapeChar:
              arg.charAt(i + 1) === "$" && i++;
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${", escapedName = "", nameEnd = -1, escapedSubstitutionParameter = "", substitutionStart = -1, substitutionEnd = -1, modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++)
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case `
`:
                            j = k;
                            continue nameLoop;
                        }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null, modifierRange = null, substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null, substitutionRange = null;
                      nameEnd === -1 ? nameEnd = j : nameEnd + 1 === j ? (modifier = "", modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1))) : (substitutionStart === -1 ? (substitutionStart = modifierRead + 1, substitutionEnd = modifierRead + 1) : substitutionEnd = substitutionEnd + 1, modifier = arg.substring(modifierRead, modifierRead + 1), modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1)), substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd)));
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString)), i = j;
                      continue variableLoop;
                    case ":":
                      nameEnd === -1 ? nameEnd = j : modifierRead !== -1 ? (substitutionStart === -1 && (substitutionStart = j), substitutionEnd = j, escapedSubstitutionParameter += ":") : modifierRead = j, escapedString += ":";
                      break;
                    case `
`:
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      nameEnd === -1 ? escapedName += char : modifierRead !== -1 ? (substitutionStart === -1 && (substitutionStart = j), substitutionEnd = j, escapedSubstitutionParameter += char) : modifierRead = j, escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else {
                if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1)
                  continue;
                {
                  let escapedName = "";
                  nameLoop: for (let j = i + 1; j < arg.length; j++) {
                    let char = arg.charAt(j);
                    switch (char) {
                      case "\r":
                      case `
`:
                      case " ":
                      case "	":
                        continue;
                      case "$":
                      case "'":
                      case '"':
                        let varStart = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName)), i = j - 1;
                        continue variableLoop;
                      case this.escapeChar:
                        for (let k = j + 1; k < arg.length; k++)
                          switch (arg.charAt(k)) {
                            case " ":
                            case "	":
                            case "\r":
                              continue;
                            case `
`:
                              j = k;
                              continue nameLoop;
                          }
                        let start2 = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                        break variableLoop;
                    }
                    if (char.match(/^[a-z0-9_]+$/i) === null) {
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName)), i = j - 1;
                      continue variableLoop;
                    }
                    escapedName += char;
                  }
                  let start = this.document.positionAt(offset + i);
                  variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
                }
              }
              break variableLoop;
          }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (let initialArg of this.dockerfile.getInitialARGs()) {
            let property = initialArg.getProperty();
            if (property && variable === property.getName())
              return !0;
          }
          return;
        }
        let image2 = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0)), envs = image2.getENVs();
        for (let i = envs.length - 1; i >= 0; i--)
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties())
              if (property.getName() === variable)
                return !1;
          }
        let args = image2.getARGs();
        for (let i = args.length - 1; i >= 0; i--)
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable)
              return !0;
          }
      }
      createSingleLineHeredocs(args) {
        let heredocs = [];
        for (let arg of args) {
          let value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            let startRange = arg.getRange(), nameRange = this.getNameRange(startRange), name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        let content = this.document.getText(nameRange), escaping = !1, name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          let ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = !0;
              for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case `
`:
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j), i = j;
                    continue nameLoop;
                }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++)
                  if (content.charAt(j) === `
`) {
                    i = j;
                    continue nameLoop;
                  }
              }
            case " ":
            case "	":
            case "\r":
            case `
`:
              if (escaping)
                break;
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        let content = this.document.getText(startRange), endFound = !1, searchHyphen = !1, start = -1, end = -1, escaping = !1, quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          let ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch)
                break contentLoop;
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++)
                if (content.charAt(j) === `
`) {
                  escaping = !0, j = i;
                  continue contentLoop;
                }
              break;
            case " ":
            case "	":
            case "\r":
            case `
`:
              break;
            case "<":
              endFound ? searchHyphen = !0 : endFound = !0;
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = !1;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++)
                  if (content.charAt(j) === `
`) {
                    i = j;
                    continue contentLoop;
                  }
              }
            default:
              if (start === -1 && (start = i), quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1)
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        let nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start), nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        let args = this.getArguments();
        if (args.length === 0)
          return [];
        let heredocs = [], range = this.getRange();
        if (range.start.line === range.end.line)
          return this.createSingleLineHeredocs(args);
        let heredocDefinitions = [], heredocsProcessed = !1, escaping = !1, contentStart = -1, contentEnd = -1, lineStart = -1, currentHeredoc = 0, startOffset = this.document.offsetAt(args[0].getRange().start), content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++)
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = !0;
              for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case `
`:
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              break;
            case "\r":
              break;
            case `
`:
              if (escaping)
                break;
              if (heredocsProcessed) {
                contentStart === -1 && (contentStart = i), contentEnd = i;
                let arg = heredocDefinitions[currentHeredoc], startRange = arg.getRange(), nameRange = this.getNameRange(startRange), name = this.getName(nameRange), delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  let contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange)), contentStart = -1, currentHeredoc++;
                }
                lineStart = -1;
              } else {
                let offsetLimit = startOffset + i;
                for (let arg of args)
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit)
                    arg.getValue().startsWith("<<") && heredocDefinitions.push(arg);
                  else
                    break;
                heredocsProcessed = !0, lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping)
                break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++)
                  if (content.charAt(j) === `
`) {
                    i = j;
                    continue contentLoop;
                  }
              }
            default:
              escaping && (escaping = !1), heredocsProcessed && (contentStart === -1 && (contentStart = i), lineStart === -1 && (lineStart = i));
              break;
          }
        if (heredocsProcessed) {
          let arg = heredocDefinitions[currentHeredoc], startRange = arg.getRange(), nameRange = this.getNameRange(startRange), name = this.getName(nameRange), contentRange = null, delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          delimiterRange === null ? contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end) : contentEnd !== -1 && (contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd))), heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange)), currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            let startRange2 = heredocDefinitions[currentHeredoc].getRange(), nameRange2 = this.getNameRange(startRange2), name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null)), currentHeredoc++;
          }
        } else
          return this.createSingleLineHeredocs(args);
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        let text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          for (; text.charAt(index) === "	"; )
            index++;
          return text.substring(index) === name ? vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end) : null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range, this.name = name, this.nameRange = nameRange, this.value = value, this.valueRange = valueRange;
      }
      toString() {
        return this.valueRange !== null ? this.name + "=" + this.value : this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), flagOption_1 = require_flagOption(), Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        if (this.options = [], this.range = range, this.name = name, this.nameRange = nameRange, this.value = value, this.valueRange = valueRange, this.value !== null) {
          let offset = document.offsetAt(valueRange.start), nameStart = -1, valueStart = -1, hasOptions = !1;
          for (let i = 0; i < value.length; i++)
            switch (value.charAt(i)) {
              case "=":
                if (hasOptions = !0, valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i)), nameStart = -1, valueStart = -1;
                break;
              default:
                nameStart === -1 && (nameStart = i);
                break;
            }
          hasOptions && nameStart !== -1 && this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        let optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        return valueStart === -1 ? new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null) : new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        return this.valueRange ? "--" + this.name + "=" + this.value : "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (let option of this.options)
          if (option.getName() === name)
            return option;
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), flag_1 = require_flag(), instruction_1 = require_instruction(), ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value))
              return this.flags;
            if (value.indexOf("--") === 0) {
              let range = arg.getRange(), rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end)), nameIndex = value.indexOf("="), index = rawValue.indexOf("="), firstMatch = !1, secondMatch = !1, startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++)
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case `
`:
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else firstMatch ? secondMatch = !0 : firstMatch = !0;
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1)
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        let args = super.getArguments(), flags = this.getFlags();
        if (flags.length === 0)
          return args;
        for (let i = 0; i < flags.length; i++)
          args.shift();
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), argument_1 = require_argument(), jsonArgument_1 = require_jsonArgument(), modifiableInstruction_1 = require_modifiableInstruction(), JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange), this.openingBracket = null, this.closingBracket = null, this.jsonStrings = [];
        let argsContent = this.getRawArgumentsContent();
        if (argsContent === null)
          return;
        let args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1)), this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0], this.closingBracket = args[1];
          return;
        }
        let argsOffset = document.offsetAt(this.getArgumentsRange().start), start = -1, last = "", quoted = !1, escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "")
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1))), last = "[";
              else if (quoted)
                escapedArg = escapedArg + char;
              else
                break argsCheck;
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i, quoted = !0, last = '"', escapedArg = escapedArg + char;
                continue;
              } else if (last === '"')
                if (quoted)
                  escapedArg = escapedArg + char, quoted = !1, this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i)))), escapedArg = "";
                else
                  break argsCheck;
              else
                break argsCheck;
              break;
            case ",":
              if (quoted)
                escapedArg = escapedArg + char;
              else if (last === '"')
                last = ",";
              else
                break argsCheck;
              break;
            case "]":
              if (quoted)
                escapedArg = escapedArg + char;
              else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted)
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1), i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++)
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case `
`:
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              else
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++)
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
              break argsCheck;
            default:
              if (!quoted)
                break argsCheck;
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return !0;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), util_1 = require_util(), Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null, this.assignmentOperator = null, this.valueRange = null, this.value = null, this.document = document, this.escapeChar = escapeChar, this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        if (this.name = _Property.getValue(value, escapeChar), arg2)
          this.valueRange = arg2.getRange(), value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end)), this.value = _Property.getValue(value, escapeChar), this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        else {
          let argRange = arg.getRange();
          this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character || (this.valueRange = _Property.getValueRange(document, arg), value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end)), this.value = _Property.getValue(value, escapeChar), this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start), this.assignmentOperator = "="), this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null)
          return null;
        let escaped = !1, rawValue = "", value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++)
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case `
`:
                    escaped = !0, i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              rawValue = rawValue + char;
              break;
            case "\r":
            case `
`:
              break;
            case " ":
            case "	":
              escaped || (rawValue = rawValue + char);
              break;
            case "#":
              if (escaped)
                for (let j = i + 1; j < value.length; j++)
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j;
                      continue rawLoop;
                  }
              else
                rawValue = rawValue + char;
              break;
            default:
              rawValue = rawValue + char, escaped = !1;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue(), index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0), before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'")
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = !1, skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        skip !== 0 && value.charAt(skip) === "#" && (escaped = !0), value = value.substring(skip);
        let first = value.charAt(0), last = value.charAt(value.length - 1), literal = first === "'" || first === '"', inSingle = first === "'" && last === "'", inDouble = !1;
        if (first === '"')
          for (let i = 1; i < value.length; i++)
            value.charAt(i) === escapeChar ? i++ : value.charAt(i) === '"' && i === value.length - 1 && (inDouble = !0);
        (inSingle || inDouble) && (value = value.substring(1, value.length - 1));
        let commentCheck = -1, escapedValue = "", start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              if (char = value.charAt(i + 1), char === " " || char === "	")
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case `
`:
                      escaped = !0, i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        char2 === escapeChar ? (escapedValue = escapedValue + char, i = i + 1) : (escapedValue = escapedValue + char + char2, i = j);
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              if (inDouble) {
                char === "\r" ? (escaped = !0, i = i + 2) : char === `
` ? (escaped = !0, i++) : char !== '"' && (char === escapeChar && i++, escapedValue = escapedValue + escapeChar);
                continue parseValue;
              } else if (inSingle || literal) {
                char === "\r" ? (escaped = !0, i = i + 2) : char === `
` ? (escaped = !0, i++) : escapedValue = escapedValue + escapeChar;
                continue parseValue;
              } else char === escapeChar ? (escapedValue = escapedValue + escapeChar, i++) : char === "\r" ? (escaped = !0, i = i + 2) : char === `
` ? (escaped = !0, i++, start = i) : (escapedValue = escapedValue + char, i++);
              break;
            case " ":
            case "	":
              escaped && commentCheck === -1 && (commentCheck = i), escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case `
`:
              escaped && commentCheck !== -1 && (escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1)), commentCheck = -1);
              break;
            case "#":
              if (escaped) {
                commentCheck !== -1 && (escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck)), commentCheck = -1);
                newlineCheck: for (let j = i + 1; j < value.length; j++)
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j;
                      break newlineCheck;
                  }
                continue parseValue;
              }
            default:
              escaped && (escaped = !1, commentCheck = -1), escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), instruction_1 = require_instruction(), property_1 = require_property(), argument_1 = require_argument(), util_1 = require_util(), PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange), this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0)
            this.properties = [];
          else if (args.length === 1)
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          else if (args.length === 2)
            args[0].getValue().indexOf("=") === -1 ? this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])] : this.properties = [
              new property_1.Property(this.document, this.escapeChar, args[0]),
              new property_1.Property(this.document, this.escapeChar, args[1])
            ];
          else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText(), start = args[1].getRange().start, end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end)), this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++)
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--)
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case `
`:
              content.charAt(i - 1) === "\r" && (i = i - 1);
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case `
`:
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        return index;
      }
      getPropertyArguments() {
        let args = [], range = this.getInstructionRange(), instructionNameEndOffset = this.document.offsetAt(range.end), extra = instructionNameEndOffset - this.document.offsetAt(range.start), content = this.getTextContent(), fullArgs = content.substring(extra), start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1)
          return [];
        let startPosition = this.document.positionAt(instructionNameEndOffset + start), escaped = range.start.line !== startPosition.line, endingEscape = !1, mark = -1, end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0, spaced = !1;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = !0;
                break argumentLoop;
              }
              switch (escaped || (mark = i), content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++)
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case `
`:
                        escaped = !0, i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2)))), argStart = j;
                        break whitespaceCheck;
                    }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case `
`:
                  escaped = !0, i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  argStart === -1 && (argStart = i), i = i + 1;
                  continue argumentLoop;
                default:
                  argStart === -1 && (argStart = i);
                  continue argumentLoop;
              }
            case "'":
            case '"':
              spaced && (this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start), argStart = i, spaced = !1), argStart === -1 && (argStart = i);
              for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1)))), i = j, argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              break argumentLoop;
            case " ":
            case "	":
              escaped ? argStart !== -1 && (spaced = !0) : argStart !== -1 && (args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i)))), argStart = -1);
              break;
            case "\r":
              i++;
            case `
`:
              spaced = !1;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++)
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j, spaced = !1;
                      continue argumentLoop;
                  }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark)))), argStart = -1;
                }
                break argumentLoop;
              } else argStart === -1 && (argStart = i);
              break;
            default:
              if (spaced && (this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start), argStart = i, spaced = !1), escaped = !1, argStart === -1 && (argStart = i), char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = !1, doubleQuotes = !1, escaped2 = !1;
                for (let j = i + 1; j < content.length; j++)
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = !0;
                      break;
                    case "\r":
                    case `
`:
                      break;
                    case "'":
                      singleQuotes = !singleQuotes, escaped2 = !1;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes, escaped2 = !1;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes)
                        break;
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = !1;
                      break;
                  }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length, value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        argStart !== -1 && args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Arg = void 0;
    var property_1 = require_property(), propertyInstruction_1 = require_propertyInstruction(), Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange), this.property = null;
        let args = this.getPropertyArguments();
        args.length === 1 ? this.property = new property_1.Property(this.document, this.escapeChar, args[0]) : this.property = null;
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction(), Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), modifiableInstruction_1 = require_modifiableInstruction(), From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        let imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null)
          return null;
        let commented = !1, escaped = !1, name = "";
        for (let i = 0; i < imageName.length; i++) {
          let ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = !0;
              break;
            case "\r":
              continue;
            case `
`:
              commented = !1;
              break;
            case " ":
            case "	":
              break;
            case "#":
              escaped ? commented = !0 : (name = name + ch, escaped = !1);
              break;
            default:
              commented || (name = name + ch, escaped = !1);
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          registryRange && (range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1));
          let tagRange = this.getImageTagRange(), digestRange = this.getImageDigestRange();
          return tagRange === null ? digestRange !== null && (range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1)) : range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1), range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        let range = this.getImageRange();
        if (range) {
          let rangeStartOffset = this.document.offsetAt(range.start), content = this.getRangeContent(range), atIndex = this.indexOf(rangeStartOffset, content, "@"), slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            let colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex)
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
          }
          let subcontent = content.substring(0, atIndex), subcolonIndex = subcontent.indexOf(":");
          return subcolonIndex === -1 ? null : slashIndex === -1 ? vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex)) : subcolonIndex < slashIndex ? null : vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range), index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1)
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString), variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          let position = documentOffset + index, variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            let offset = this.document.offsetAt(variableRange.end) - documentOffset, subIndex = content.substring(offset).indexOf(searchString);
            if (subIndex === -1)
              return -1;
            index = subIndex + offset, i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString), variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          let position = documentOffset + index, variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            if (index = content.substring(0, index).lastIndexOf(searchString), index === -1)
              return -1;
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        let range = this.getImageRange();
        if (range) {
          let tagRange = this.getImageTagRange(), digestRange = this.getImageDigestRange();
          tagRange === null ? digestRange !== null && (range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1)) : range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          let content = this.getRangeContent(range), rangeStart2 = this.document.offsetAt(range.start), startingSlashIndex = this.indexOf(rangeStart2, content, "/");
          if (startingSlashIndex === -1)
            return null;
          let portIndex = this.indexOf(rangeStart2, content, ":"), dotIndex = this.indexOf(rangeStart2, content, ".");
          if (portIndex !== -1 || dotIndex !== -1)
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart2 + startingSlashIndex));
          if (content.substring(0, startingSlashIndex) === "localhost")
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart2 + startingSlashIndex));
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        return args.length > 2 && args[1].getValue().toUpperCase() === "AS" ? args[2].getRange() : null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction(), Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument = argument.toUpperCase(), argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction(), util_1 = require_util(), Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        let variables = super.getVariables(), properties = this.getProperties();
        for (let property of properties) {
          let value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            let range = property.getValueRange();
            for (let i = 0; i < variables.length; i++)
              util_1.Util.isInsideRange(variables[i].getRange().start, range) && (variables.splice(i, 1), i--);
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), parser_1 = require_parser(), instruction_1 = require_instruction(), Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null)
          return null;
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction(), Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction(), Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        let path = this.getPath();
        if (path === null || path.startsWith("/"))
          return path;
        let startLine = this.getRange().start.line, hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          let workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--)
            if (workdirs[j].getRange().start.line < startLine) {
              let parent = workdirs[j].getAbsolutePath();
              return parent == null ? void 0 : parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
        }
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.User = void 0;
    var instruction_1 = require_instruction(), User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), arg_1 = require_arg(), cmd_1 = require_cmd(), copy_1 = require_copy(), env_1 = require_env(), entrypoint_1 = require_entrypoint(), from_1 = require_from(), healthcheck_1 = require_healthcheck(), onbuild_1 = require_onbuild(), util_1 = require_util(), workdir_1 = require_workdir(), ImageTemplate = class {
      constructor() {
        this.comments = [], this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions)
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange()))
            return instruction;
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions)
          instruction instanceof arg_1.Arg && args.push(instruction);
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions)
          instruction instanceof cmd_1.Cmd && cmds.push(instruction);
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions)
          instruction instanceof copy_1.Copy && copies.push(instruction);
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions)
          instruction instanceof entrypoint_1.Entrypoint && froms.push(instruction);
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions)
          instruction instanceof env_1.Env && args.push(instruction);
        return args;
      }
      getFROM() {
        for (let instruction of this.instructions)
          if (instruction instanceof from_1.From)
            return instruction;
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions)
          instruction instanceof from_1.From && froms.push(instruction);
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions)
          instruction instanceof healthcheck_1.Healthcheck && froms.push(instruction);
        return froms;
      }
      getWORKDIRs() {
        let workdirs = [];
        for (let instruction of this.instructions)
          instruction instanceof workdir_1.Workdir && workdirs.push(instruction);
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions)
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            trigger && triggers.push(trigger);
          }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        let variables = [];
        for (let arg of this.getARGs())
          if (arg.isBefore(currentLine)) {
            let property = arg.getProperty();
            if (property) {
              let variable = property.getName();
              variables.indexOf(variable) === -1 && variables.push(variable);
            }
          }
        for (let env of this.getENVs())
          if (env.isBefore(currentLine))
            for (let property of env.getProperties()) {
              let variable = property.getName();
              variables.indexOf(variable) === -1 && variables.push(variable);
            }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--)
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties())
              if (property.getName() === variable)
                return property.getValue();
          }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--)
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable)
              return property.getValue();
          }
      }
      getRange() {
        let instructions = this.getInstructions();
        if (instructions.length === 0)
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        let instructionStart = instructions[0].getRange().start, instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        let range = this.getRange();
        return range === null ? !1 : util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), ast = require_main(), imageTemplate_1 = require_imageTemplate(), from_1 = require_from(), util_1 = require_util(), main_1 = require_main(), Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super(), this.initialInstructions = new imageTemplate_1.ImageTemplate(), this.buildStages = [], this.directives = [], this.foundFrom = !1, this.document = document;
      }
      getEscapeCharacter() {
        for (let directive of this.directives)
          if (directive.getDirective() === ast.Directive.escape) {
            let value = directive.getValue();
            if (value === "\\" || value === "`")
              return value;
          }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range))
          return null;
        if ((this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) && util_1.Util.isInsideRange(position, this.initialInstructions.getRange()))
          return this.initialInstructions;
        for (let buildStage of this.buildStages)
          if (util_1.Util.isInsideRange(position, buildStage.getRange()))
            return buildStage;
        return this;
      }
      addInstruction(instruction) {
        instruction.getKeyword() === main_1.Keyword.FROM ? (this.currentBuildStage = new imageTemplate_1.ImageTemplate(), this.buildStages.push(this.currentBuildStage), this.foundFrom = !0) : this.foundFrom || this.initialInstructions.addInstruction(instruction), this.foundFrom && this.currentBuildStage.addInstruction(instruction), super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs())
              initialARGs.addInstruction(instruction);
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image2 = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image2 === null)
          return;
        let resolvedVariable = image2.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs())
            initialARGs.addInstruction(instruction);
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            property && variables.push(property.getName());
          }
          return variables;
        }
        let image2 = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image2 ? image2.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image2) {
        let templateFrom = image2.getFROM(), imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null)
          return null;
        for (let from of this.getFROMs())
          if (from.getBuildStage() === imageName) {
            let range = from.getRange();
            return range.start.line === templateFrom.getRange().start.line ? null : this.getContainingImage(range.start);
          }
        return null;
      }
      getStageHierarchy(line) {
        let image2 = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image2 === null)
          return [];
        let stages = [image2], stage = this.getParentStage(image2);
        for (; stage !== null; )
          stages.splice(0, 0, stage), stage = this.getParentStage(stage);
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        let availableDirectories = /* @__PURE__ */ new Set();
        for (let image2 of this.getStageHierarchy(line))
          for (let workdir of image2.getWORKDIRs())
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              directory != null && (directory.endsWith("/") || (directory += "/"), availableDirectories.add(directory));
            }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        let comments = this.getComments();
        for (let i = 0; i < comments.length; i++)
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange()))
            this.initialInstructions.addComment(comments[i]);
          else
            for (let buildStage of this.buildStages)
              util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange()) && buildStage.addComment(comments[i]);
      }
      getRange() {
        let comments = this.getComments(), instructions = this.getInstructions(), range = null;
        if (comments.length === 0)
          instructions.length > 0 && (range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end));
        else if (instructions.length === 0)
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        else {
          let commentStart = comments[0].getRange().start, commentEnd = comments[comments.length - 1].getRange().end, instructionStart = instructions[0].getRange().start, instructionEnd = instructions[instructions.length - 1].getRange().end;
          commentStart.line < instructionStart.line ? (commentEnd.line < instructionEnd.line && (range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd)), range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd)) : commentEnd.line < instructionEnd.line ? range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd) : range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
        }
        return range === null ? this.directives.length === 0 ? null : this.directives[0].getRange() : this.directives.length === 0 ? range : vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2)), vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), comment_1 = require_comment(), parserDirective_1 = require_parserDirective(), instruction_1 = require_instruction(), add_1 = require_add(), arg_1 = require_arg(), cmd_1 = require_cmd(), copy_1 = require_copy(), env_1 = require_env(), entrypoint_1 = require_entrypoint(), from_1 = require_from(), healthcheck_1 = require_healthcheck(), label_1 = require_label(), onbuild_1 = require_onbuild(), run_1 = require_run(), shell_1 = require_shell(), stopsignal_1 = require_stopsignal(), workdir_1 = require_workdir(), user_1 = require_user(), volume_1 = require_volume(), dockerfile_1 = require_dockerfile(), util_1 = require_util(), main_1 = require_main(), Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        let directives = [];
        this.escapeChar = "";
        let offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++)
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case `
`:
              break directiveCheck;
            case "#":
              let directiveStart = -1, directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    directiveStart !== -1 && directiveEnd === -1 && (directiveEnd = j);
                    break;
                  case "\r":
                  case `
`:
                    break directiveCheck;
                  case "=":
                    let valueStart = -1, valueEnd = -1;
                    directiveEnd === -1 && (directiveEnd = j);
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++)
                      switch (char = buffer.charAt(k), char) {
                        case "\r":
                        case `
`:
                          valueStart !== -1 && valueEnd === -1 && (valueEnd = k), lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          valueStart !== -1 && valueEnd === -1 && (valueEnd = k);
                          continue;
                        default:
                          valueStart === -1 && (valueStart = k);
                          break;
                      }
                    if (directiveStart === -1)
                      break directiveCheck;
                    valueStart === -1 ? (valueStart = j + 1, valueEnd = lineEnd) : valueEnd === -1 && (valueEnd = buffer.length);
                    let lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd)), nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd)), valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange)), directiveStart = -1, buffer.charAt(valueEnd) === "\r" ? i = valueEnd + 1 : i = valueEnd;
                    continue directiveCheck;
                  default:
                    directiveStart === -1 && (directiveStart = j);
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer), this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document), directives = this.getParserDirectives(this.document, this.buffer), offset = 0;
        this.escapeChar = "\\", directives.length > 0 ? (dockerfile.setDirectives(directives), this.escapeChar = dockerfile.getEscapeCharacter(), offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0))) : util_1.Util.isUTF8BOM(buffer.substring(0, 1)) && (offset = 1);
        for (let i = offset; i < this.buffer.length; i++) {
          let char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case `
`:
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        return dockerfile.organizeComments(), dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char, instructionEnd = -1, escapedInstruction = !1;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++)
          switch (char = this.buffer.charAt(i), char) {
            case this.escapeChar:
              if (escapedInstruction = !0, char = this.buffer.charAt(i + 1), char === "\r" || char === `
`)
                instructionEnd === -1 && (instructionEnd = i), i++;
              else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++)
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case `
`:
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1, instruction = instruction + this.escapeChar, i = j - 2;
                      continue instructionCheck;
                  }
                instructionEnd = i + 1, instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else
                instructionEnd = i + 1, instruction = instruction + this.escapeChar, escapedInstruction = !1;
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++)
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case `
`:
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                escapedInstruction = !1;
              }
              return instructionEnd === -1 && (instructionEnd = i), i = this.processArguments(dockerfile, instruction, instructionEnd, start, i), dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i)), i;
            case "\r":
            case `
`:
              if (escapedInstruction)
                continue;
              return instructionEnd === -1 && (instructionEnd = i), dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i)), i;
            case "#":
              if (escapedInstruction)
                continue;
            default:
              instructionEnd = i + 1, instruction = instruction + char, escapedInstruction = !1;
              break;
          }
        return instructionEnd === -1 && (instructionEnd = this.buffer.length), dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length)), this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          if (instruction = instruction.getTriggerInstruction(), instruction === null)
            return offset;
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN)
          return offset;
        let heredocs = [], tabbed = !1;
        for (let arg of instruction.getArguments()) {
          let value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            value.startsWith("<<-") && (tabbed = !0);
            let name = util_1.Util.parseHeredocName(value);
            name !== null && heredocs.push(name);
          }
        }
        if (heredocs.length > 0)
          for (let heredoc of heredocs)
            offset = this.parseHeredoc(heredoc, offset, tabbed);
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = !1;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++)
          switch (this.buffer.charAt(i)) {
            case "\r":
            case `
`:
              if (escaped)
                continue;
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              let next = this.buffer.charAt(i + 1);
              if (next === `
` || next === "\r")
                escaped = !0, i++;
              else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++)
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case `
`:
                      escaped = !0;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              escaped && (escaped = !1);
              break;
          }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++)
          switch (this.buffer.charAt(i)) {
            case "\r":
            case `
`:
              end = i;
              break commentLoop;
          }
        let range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        return dockerfile.addComment(new comment_1.Comment(this.document, range)), end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1, lineStart = !0;
        for (let i = offset; i < this.buffer.length; i++)
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = !1;
              break;
            case "	":
              tabbed || (lineStart = !1);
              break;
            case "\r":
            case `
`:
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i))
                return i;
              startWord = -1, lineStart = !0;
              break;
            default:
              lineStart && (startWord = i, lineStart = !1);
              break;
          }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        let startPosition = this.document.positionAt(start), instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd)), lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: !0, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: !0, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: !0, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser(), flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: !0, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: !0, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: !0, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: !0, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: !0, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: !0, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: !0, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: !0, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: !0, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: !0, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: !0, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: !0, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: !0, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: !0, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: !0, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: !0, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: !0, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: !0, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: !0, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: !0, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: !0, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: !0, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: !0, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: !0, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: !0, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: !0, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2.ADD = "ADD", Keyword2.ARG = "ARG", Keyword2.CMD = "CMD", Keyword2.COPY = "COPY", Keyword2.ENTRYPOINT = "ENTRYPOINT", Keyword2.ENV = "ENV", Keyword2.EXPOSE = "EXPOSE", Keyword2.FROM = "FROM", Keyword2.HEALTHCHECK = "HEALTHCHECK", Keyword2.LABEL = "LABEL", Keyword2.MAINTAINER = "MAINTAINER", Keyword2.ONBUILD = "ONBUILD", Keyword2.RUN = "RUN", Keyword2.SHELL = "SHELL", Keyword2.STOPSIGNAL = "STOPSIGNAL", Keyword2.USER = "USER", Keyword2.VOLUME = "VOLUME", Keyword2.WORKDIR = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2.escape = "escape", Directive2.syntax = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        return new parser_1.Parser().parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      let ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visit_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      let ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visitAsync_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor == "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    }
    function replaceNode(key, path, node) {
      let parent = path[path.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count2 && (count2 = c);
        }
        return count2;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        let k = path[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path == "object" && !!path[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          let [key, ...rest] = path, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        let [key, ...rest] = path, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str, indent2, comment) => str.endsWith(`
`) ? indentComment(comment, indent2) : comment.includes(`
`) ? `
` + indentComment(comment, indent2) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent2.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent2.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent2.length)), end = i + indent2.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent2}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent2}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent2) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent2)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent2, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent2.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent2}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent2}`));
      let header2 = (startWithSpace ? indent2 ? "2" : "1" : "") + chomp;
      if (comment && (header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent2}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent2}`), `|${header2}
${indent2}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent2 === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent2 === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent2}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent: indent2, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent2}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent2), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent2}${line}` : `
`;
        return `${str}
${indent2}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        assertCollection(this.contents) && this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        return Collection.isEmptyPath(path) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        return Collection.isEmptyPath(path) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        return Collection.isEmptyPath(path) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        Collection.isEmptyPath(path) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value) : assertCollection(this.contents) && this.contents.setIn(path, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count2 = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep + cb : comment = cb, sep = "";
              break;
            }
            case "newline":
              comment && (sep += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (let st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header2.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header2.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent, offset = scalar.offset + header2.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent2, content] = lines[i];
        if (content === "" || content === "\r")
          header2.indent === 0 && indent2.length > trimIndent && (trimIndent = indent2.length);
        else {
          indent2.length < trimIndent && onError(offset + indent2.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header2.indent === 0 && (trimIndent = indent2.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent2.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content] = lines[i];
        offset += indent2.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent2.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header2.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent2 = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep + indent2.slice(trimIndent) + content, sep = `
`) : indent2.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent2.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent2 = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent2 && n ? indent2 = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent: indent2, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent: indent2, source: `
` }), { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 == "number" && (indent2 += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head, token.source = body;
      } else {
        let { offset } = token, indent2 = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent: indent2, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent2 = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent: indent2, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep)
        for (let st of sep)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (let [field, index] of path) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      let parent = visit2.itemAtPath(cst, path.slice(0, -1)), field = path[path.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            let next = this.buffer[indent2 + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === `
` || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent2 = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent2 = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent2 = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case `
`:
              nl = i2, indent2 = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent2 : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser2 = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i)
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
          scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                    sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        return this.type !== "comment" || this.indent <= indent2 ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser2();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument2(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser2(), publicApi = require_public_api(), visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/config/parse.ts
import { isAbsolute, join } from "node:path";

// src/core/severity.ts
var SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"], RANK = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
function severityRank(severity) {
  return RANK[severity];
}
function isSeverity(value) {
  return typeof value == "string" && Object.hasOwn(RANK, value);
}
function parseSeverity(value) {
  let upper = value.trim().toUpperCase();
  return isSeverity(upper) ? upper : void 0;
}
function atLeast(severity, threshold2) {
  return RANK[severity] >= RANK[threshold2];
}
function emptySeverityCounts() {
  return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
}

// src/trivy/command.ts
var TRIVY_SCANNERS = ["vuln", "secret", "misconfig", "license"];
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
  if (options.server ? args.push("--server", options.server) : (options.dbRepositories?.length && args.push("--db-repository", listOf(options.dbRepositories, "db-repository")), options.javaDbRepositories?.length && args.push("--java-db-repository", listOf(options.javaDbRepositories, "java-db-repository")), options.skipDbUpdate && args.push("--skip-db-update", "--skip-java-db-update")), options.cacheDir && args.push("--cache-dir", options.cacheDir), options.platform) {
    if (!/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/i.test(options.platform))
      throw configError(`platform "${options.platform}" is not of the form os/arch[/variant], e.g. linux/amd64`);
    args.push("--platform", options.platform);
  }
  if (options.timeout) {
    if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(options.timeout))
      throw configError(`Trivy timeout "${options.timeout}" is not a duration such as 10m or 1h30m`);
    args.push("--timeout", options.timeout);
  }
  return options.insecure && args.push("--insecure"), target.kind === "image" && args.push(target.reference), args;
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
function uniqueScanners(scanners) {
  let unique = [];
  for (let scanner of scanners) {
    if (!TRIVY_SCANNERS.includes(scanner))
      throw configError(`unknown Trivy scanner "${String(scanner)}"; expected one of ${TRIVY_SCANNERS.join(", ")}`);
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
function nonEmpty(value, what) {
  if (!value) throw configError(`${what} is empty`);
  return value;
}

// src/config/types.ts
var SCANNERS = TRIVY_SCANNERS;

// src/config/parse.ts
var INPUT_NAMES = [
  "image",
  "image-source",
  "input",
  "report",
  "policy",
  "mode",
  "fail-on-severity",
  "only-fixed",
  "fail-on-secrets",
  "misconfig-fail-on-severity",
  "forbid-root",
  "deny-licenses",
  "scanners",
  "platform",
  "registry-username",
  "registry-password",
  "insecure-registries",
  "docker-host",
  "trivy-version",
  "trivy-path",
  "trivy-server",
  "trivy-db-repository",
  "trivy-java-db-repository",
  "trivy-timeout",
  "cache-db",
  "dockerfile",
  "sarif-file",
  "result-file"
], DEFAULT_POLICY_PATH = ".github/image-gate.yml", DEFAULT_SCANNERS = ["vuln", "secret"], DEFAULT_TRIVY_TIMEOUT_MS = 15 * 6e4;
function parseConfig(read, context) {
  let get = (name) => {
    let value = read(name).trim();
    return value === "" ? void 0 : value;
  }, resolvePath = (path) => isAbsolute(path) ? path : join(context.workspace, path), policyInput = get("policy"), registryUsername = get("registry-username"), registryPassword = get("registry-password");
  if (registryUsername === void 0 != (registryPassword === void 0))
    throw configError("Inputs registry-username and registry-password go together: give both or neither");
  let source = parseSource(get, resolvePath), credentialRegistry = source.kind === "input" || source.kind === "report" ? void 0 : parseImageReference(source.reference).registry;
  return {
    source,
    policy: {
      path: resolvePath(policyInput ?? DEFAULT_POLICY_PATH),
      required: policyInput !== void 0,
      overrides: parseOverrides(get)
    },
    platform: optional(get("platform"), (value) => parsePlatform(value)),
    registry: {
      credentials: registryUsername !== void 0 && registryPassword !== void 0 && credentialRegistry !== void 0 ? [{ registry: credentialRegistry, username: registryUsername, password: registryPassword }] : [],
      insecure: list(get("insecure-registries"))
    },
    dockerHost: get("docker-host"),
    trivy: {
      version: parseVersion(get("trivy-version") ?? context.defaultTrivyVersion),
      path: optional(get("trivy-path"), resolvePath),
      server: optional(get("trivy-server"), parseServerUrl),
      dbRepositories: list(get("trivy-db-repository")),
      javaDbRepositories: list(get("trivy-java-db-repository")),
      timeoutMs: optional(get("trivy-timeout"), parseDuration) ?? DEFAULT_TRIVY_TIMEOUT_MS,
      cacheDb: optional(get("cache-db"), (value) => parseBoolean("cache-db", value)) ?? !0,
      scanners: optional(get("scanners"), parseScanners) ?? DEFAULT_SCANNERS
    },
    dockerfile: get("dockerfile"),
    sarifFile: resolvePath(get("sarif-file") ?? join(context.tempDir, "image-gate.sarif")),
    resultFile: resolvePath(get("result-file") ?? join(context.tempDir, "image-gate-result.json")),
    tempDir: context.tempDir
  };
}
function parseSource(get, resolvePath) {
  let image2 = get("image"), input = get("input"), report = get("report");
  if ([input && "input", report && "report"].filter(Boolean).length > 1) throw configError("Give only one of the inputs input and report");
  let imageSource = get("image-source") ?? "registry";
  if (imageSource !== "registry" && imageSource !== "docker")
    throw configError(`Input image-source must be registry or docker, not "${imageSource}"`);
  if (report !== void 0) return { kind: "report", path: resolvePath(report), image: image2 };
  if (input !== void 0) return { kind: "input", path: resolvePath(input), image: image2 };
  if (image2 === void 0)
    throw configError("Nothing to gate: give the input image (a registry or Docker image), input (an archive or OCI layout) or report (a Trivy JSON report)");
  return { kind: imageSource, reference: image2 };
}
function parseOverrides(get) {
  let mode = get("mode");
  if (mode !== void 0 && mode !== "enforce" && mode !== "audit")
    throw configError(`Input mode must be enforce or audit, not "${mode}"`);
  return {
    mode,
    failOnSeverity: optional(get("fail-on-severity"), (value) => parseThreshold("fail-on-severity", value)),
    onlyFixed: optional(get("only-fixed"), (value) => parseBoolean("only-fixed", value)),
    secretsFail: optional(get("fail-on-secrets"), (value) => parseBoolean("fail-on-secrets", value)),
    misconfigFailOnSeverity: optional(
      get("misconfig-fail-on-severity"),
      (value) => parseThreshold("misconfig-fail-on-severity", value)
    ),
    forbidRoot: optional(get("forbid-root"), (value) => parseBoolean("forbid-root", value)),
    licensesDeny: optional(get("deny-licenses"), list)
  };
}
function optional(value, parse) {
  return value === void 0 ? void 0 : parse(value);
}
function list(value) {
  return value === void 0 ? [] : value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function parseBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return !0;
  if (["false", "False", "FALSE"].includes(value)) return !1;
  throw configError(`Input ${name} must be true or false, not "${value}"`);
}
function parseThreshold(name, value) {
  if (value.trim().toLowerCase() === "none") return "NONE";
  let severity = parseSeverity(value);
  if (!severity) throw configError(`Input ${name} must be one of unknown, low, medium, high, critical, none, not "${value}"`);
  return severity;
}
function parseScanners(value) {
  let scanners = list(value).map((item) => item.toLowerCase()), known = new Set(SCANNERS), unknown = scanners.filter((item) => !known.has(item));
  if (unknown.length > 0 || scanners.length === 0)
    throw configError(`Input scanners must list some of ${SCANNERS.join(", ")}; "${unknown.join(", ") || value}" is not one`);
  return [...new Set(scanners)];
}
function parsePlatform(value) {
  if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/.test(value))
    throw configError(`Input platform must look like os/arch[/variant], e.g. linux/amd64, not "${value}"`);
  return value;
}
function parseVersion(value) {
  let version = value.replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw configError(`Input trivy-version must be a release such as 0.67.2, not "${value}"`);
  return version;
}
function parseServerUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw configError(`Input trivy-server must be a URL such as http://trivy:4954, not "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw configError(`Input trivy-server must be an http or https URL, not "${value}"`);
  return value;
}
function parseDuration(value) {
  let match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim()), [hours, minutes, seconds] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0)), total = ((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0)) * 1e3;
  if (!match || value.trim() === "" || total <= 0)
    throw configError(`Input trivy-timeout must be a duration such as 600, 10m or 1h, not "${value}"`);
  return total;
}

// src/gate/gate-image.ts
import { readFile as readFile3 } from "node:fs/promises";
import { relative } from "node:path";

// src/core/gate/ignore.ts
import { matchesGlob } from "node:path";

// src/core/findings.ts
function findingId(finding) {
  switch (finding.kind) {
    case "vulnerability":
    case "misconfiguration":
      return finding.id;
    case "secret":
      return finding.ruleId;
    case "license":
      return finding.name;
  }
}
function findingPackage(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.packageName;
    case "license":
      return finding.packageName || void 0;
    default:
      return;
  }
}
function findingPath(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.packagePath ?? finding.target;
    case "license":
      return finding.filePath || finding.target;
    default:
      return finding.target;
  }
}

// src/core/gate/ignore.ts
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
        let list2 = this.byId.get(compiled.idLower);
        list2 ? list2.push(compiled) : this.byId.set(compiled.idLower, [compiled]);
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

// src/core/gate.ts
function evaluate(report, policy, now) {
  checkMaxCount(policy);
  let ignores = new IgnoreMatcher(policy.ignore, now), useIgnores = !ignores.isEmpty, counts2 = {
    vulnerabilities: emptySeverityCounts(),
    fixable: emptySeverityCounts(),
    misconfigurations: emptySeverityCounts(),
    secrets: 0,
    licenses: 0,
    ignored: 0,
    violating: 0
  }, buckets = SEVERITIES.map(() => []), countedVulnerabilities = SEVERITIES.map(() => []), { onlyFixed } = policy.vulnerabilities, failSecrets = policy.secrets.fail, misconfigThreshold = thresholdRank(policy.misconfigurations.failOnSeverity), deniedNames = new Set(policy.licenses.deny.map((name) => name.toLowerCase())), deniedCategories = new Set(policy.licenses.denyCategories.map((category) => category.toLowerCase())), checkLicenses = deniedNames.size > 0 || deniedCategories.size > 0, secrets = new Breach(), misconfigurations = new Breach(), licenses = new Breach(), deniedLicenseNames = /* @__PURE__ */ new Set();
  for (let finding of report.findings) {
    let judged = { finding, status: "allowed" };
    switch (buckets[severityRank(finding.severity)].push(judged), finding.kind) {
      case "vulnerability": {
        counts2.vulnerabilities[finding.severity]++;
        let fixable = !!finding.fixedVersion;
        if (fixable && counts2.fixable[finding.severity]++, useIgnores && ignore(judged, ignores, counts2)) break;
        if (onlyFixed && !fixable) {
          judged.status = "excluded", judged.note = "no fix available";
          break;
        }
        countedVulnerabilities[severityRank(finding.severity)].push(judged);
        break;
      }
      case "secret":
        if (counts2.secrets++, useIgnores && ignore(judged, ignores, counts2)) break;
        failSecrets && secrets.add(judged, finding);
        break;
      case "misconfiguration":
        if (finding.status.toUpperCase() !== "FAIL") {
          judged.status = "excluded", judged.note = `check status ${finding.status}`;
          break;
        }
        if (counts2.misconfigurations[finding.severity]++, useIgnores && ignore(judged, ignores, counts2)) break;
        severityRank(finding.severity) >= misconfigThreshold && misconfigurations.add(judged, finding);
        break;
      case "license":
        if (counts2.licenses++, useIgnores && ignore(judged, ignores, counts2)) break;
        checkLicenses && (deniedNames.has(finding.name.toLowerCase()) || deniedCategories.has(finding.category.toLowerCase())) && (licenses.add(judged, finding), deniedLicenseNames.add(finding.name));
        break;
    }
  }
  let violations2 = [], violating = judgeVulnerabilities(countedVulnerabilities, policy, violations2);
  if (secrets.count > 0 && violations2.push({
    rule: "secret",
    message: `${plural(secrets.count, "secret", "secrets")} found; the policy fails on any secret`,
    severity: secrets.severity,
    count: secrets.count
  }), misconfigurations.count > 0 && violations2.push({
    rule: "misconfiguration",
    message: `${plural(misconfigurations.count, "failed misconfiguration check", "failed misconfiguration checks")} (policy: fail on ${policy.misconfigurations.failOnSeverity} or above)`,
    severity: misconfigurations.severity,
    count: misconfigurations.count
  }), licenses.count > 0 && violations2.push({
    rule: "license",
    message: `${plural(licenses.count, "license", "licenses")} denied by the policy: ` + [...deniedLicenseNames].join(", "),
    severity: licenses.severity,
    count: licenses.count
  }), violating += secrets.count + misconfigurations.count + licenses.count, policy.image.forbidRoot) {
    let violation = rootViolation(report);
    violation && violations2.push(violation);
  }
  counts2.violating = violating;
  let findings2 = [];
  for (let rank = buckets.length - 1; rank >= 0; rank--)
    for (let judged of buckets[rank]) findings2.push(judged);
  let outcome = violations2.length > 0 ? "fail" : "pass";
  return {
    outcome,
    mode: policy.mode,
    failsStep: outcome === "fail" && policy.mode === "enforce",
    violations: violations2,
    findings: findings2,
    counts: counts2,
    expiredIgnores: ignores.expired(),
    unusedIgnores: ignores.unused()
  };
}
var Breach = class {
  count = 0;
  severity;
  add(judged, finding) {
    judged.status = "violation", this.count++, (this.severity === void 0 || severityRank(finding.severity) > severityRank(this.severity)) && (this.severity = finding.severity);
  }
};
function ignore(judged, ignores, counts2) {
  let rule = ignores.match(judged.finding);
  return rule === void 0 ? !1 : (judged.status = "ignored", judged.ignoredBy = rule, judged.note = rule.reason, counts2.ignored++, !0);
}
function judgeVulnerabilities(counted, policy, violations2) {
  let { failOnSeverity, maxCount, onlyFixed } = policy.vulnerabilities, threshold2 = thresholdRank(failOnSeverity), qualifier = onlyFixed ? " with a fix available" : "", violating = 0;
  for (let rank = SEVERITIES.length - 1; rank >= 0; rank--) {
    let severity = SEVERITIES[rank], judged = counted[rank], n = judged.length, max = maxCount[severity], allowance = max ?? (rank >= threshold2 ? 0 : 1 / 0);
    if (n <= allowance) continue;
    for (let item of judged) item.status = "violation";
    violating += n;
    let found = `${plural(n, `${severity} vulnerability`, `${severity} vulnerabilities`)}${qualifier}`;
    violations2.push(
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
function rootViolation(report) {
  let config = report.imageConfig;
  return config === void 0 ? {
    rule: "root-user",
    message: `could not check the image's user: ${report.source} has no image config (artifact type ${report.artifactType}); the policy forbids running as root`,
    count: 0
  } : runsAsRoot(config.user) ? { rule: "root-user", message: `the image runs as root (${config.user ? `user "${config.user}"` : "no user set, so root"}); the policy forbids it`, count: 0 } : void 0;
}
function runsAsRoot(user) {
  if (user === void 0) return !0;
  let name = user.trim().split(":", 1)[0] ?? "";
  return name === "" || name === "root" || /^0+$/.test(name);
}
function thresholdRank(threshold2) {
  return threshold2 === "NONE" ? 1 / 0 : severityRank(threshold2);
}
function checkMaxCount(policy) {
  for (let [severity, max] of Object.entries(policy.vulnerabilities.maxCount))
    if (max !== void 0 && !(Number.isInteger(max) && max >= 0))
      throw configError(`policy vulnerabilities.max-count.${severity.toLowerCase()}: ${max} is not a whole number \u2265 0`);
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/dockerfile/final-from.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
function finalFromLine(dockerfileText, source) {
  let last = import_dockerfile_ast.DockerfileParser.parse(dockerfileText).getFROMs().at(-1);
  if (!last) throw configError(`Dockerfile ${source} has no FROM instruction`);
  return last.getRange().start.line + 1;
}

// src/policy/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// src/policy/schema.ts
var SEVERITY_NAMES = ["unknown", "low", "medium", "high", "critical"], THRESHOLD_NAMES = [...SEVERITY_NAMES, "none"], LICENSE_CATEGORIES = [
  "forbidden",
  "restricted",
  "reciprocal",
  "notice",
  "permissive",
  "unencumbered",
  "unknown"
];
function anyCasePattern(names) {
  let letters = (name) => [...name].map((c) => /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[^\w]/g, "\\$&")).join("");
  return `^(${names.map(letters).join("|")})$`;
}
function oneOfAnyCase(names, meta) {
  let allowed = new Set(names);
  return external_exports.string().refine((value) => allowed.has(value.toLowerCase()), {
    error: (issue) => `${JSON.stringify(issue.input)} is not one of ${names.join(", ")}`
  }).meta({ ...meta, anyOf: [{ enum: [...names] }, { pattern: anyCasePattern(names) }] });
}
var nonEmpty2 = (meta) => external_exports.string().refine((value) => value.trim() !== "", { error: "must not be empty" }).meta({ ...meta, pattern: "\\S" }), DATE2 = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(value) {
  let parts = DATE2.exec(value);
  if (!parts) return !1;
  let [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])], date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
var count = (severity) => external_exports.int({ error: "must be a whole number \u2265 0" }).min(0, { error: "must be a whole number \u2265 0" }).optional().meta({
  title: `Allowed ${severity} vulnerabilities`,
  description: `How many ${severity} vulnerabilities may be present before the gate fails. Overrides fail-on-severity for ${severity}.`
}), threshold = (what) => oneOfAnyCase(THRESHOLD_NAMES, {
  title: "Fail on severity",
  description: `Fail when any ${what} at or above this severity is found. "none" disables the threshold. Case-insensitive.`
}).optional(), ignoreRuleSchema = external_exports.strictObject({
  id: nonEmpty2({
    title: "Finding ID",
    description: "Vulnerability ID (CVE-\u2026, GHSA-\u2026), misconfiguration ID (DS-0002), secret rule ID or license name. Case-insensitive."
  }).optional(),
  package: nonEmpty2({
    title: "Package name",
    description: "Name of the affected package, exactly as Trivy reports it (e.g. openssl, org.springframework:spring-beans)."
  }).optional(),
  path: nonEmpty2({
    title: "Path glob",
    description: 'Glob over the file the finding is in (language package path, secret file, Dockerfile), e.g. "usr/lib/**" or "**/*.jar".'
  }).optional(),
  reason: nonEmpty2({
    title: "Reason",
    description: "Why this finding is acceptable. Required: it is shown next to every finding the rule ignores."
  }),
  expires: external_exports.string({ error: "must be a date written YYYY-MM-DD" }).refine(isCalendarDate, { error: (issue) => `${JSON.stringify(issue.input)} is not a valid date (YYYY-MM-DD)` }).optional().meta({
    title: "Expires",
    description: "YYYY-MM-DD. The rule ignores findings through the end of that day (UTC); afterwards the findings count again and the report lists the rule as expired.",
    pattern: DATE2.source
  })
}).refine((rule) => rule.id !== void 0 || rule.package !== void 0 || rule.path !== void 0, {
  error: "an ignore rule needs at least one of id, package, path"
}).meta({
  title: "Ignore rule",
  description: "Findings matching every field given here are reported as ignored and do not fail the gate.",
  anyOf: [{ required: ["id"] }, { required: ["package"] }, { required: ["path"] }]
}), policyFileSchema = external_exports.strictObject({
  mode: oneOfAnyCase(["enforce", "audit"], {
    title: "Mode",
    description: "enforce: a failing verdict fails the step. audit: the same report, but the step never fails on it."
  }).optional(),
  vulnerabilities: external_exports.strictObject({
    "fail-on-severity": threshold("vulnerability"),
    "max-count": external_exports.strictObject({
      critical: count("CRITICAL"),
      high: count("HIGH"),
      medium: count("MEDIUM"),
      low: count("LOW"),
      unknown: count("UNKNOWN")
    }).optional().meta({
      title: "Maximum count per severity",
      description: "Per-severity allowance, e.g. { critical: 0, high: 5 }. Takes precedence over fail-on-severity."
    }),
    "only-fixed": external_exports.boolean().optional().meta({
      title: "Only fixed",
      description: "Count only vulnerabilities that have a fixed version (like Trivy --ignore-unfixed). Unfixed ones are still reported."
    })
  }).optional().meta({ title: "Vulnerabilities", description: "When vulnerabilities fail the gate. Default: fail on HIGH or above." }),
  secrets: external_exports.strictObject({
    fail: external_exports.boolean().optional().meta({ title: "Fail on secrets", description: "Fail when any secret is found. Default: true." })
  }).optional().meta({ title: "Secrets", description: "When secrets found in the image fail the gate." }),
  misconfigurations: external_exports.strictObject({ "fail-on-severity": threshold("failed misconfiguration check") }).optional().meta({
    title: "Misconfigurations",
    description: "When failed misconfiguration checks (e.g. of the Dockerfile) fail the gate. Default: none."
  }),
  licenses: external_exports.strictObject({
    deny: external_exports.array(nonEmpty2({ title: "License", description: "A license name or SPDX id." })).optional().meta({
      title: "Denied licenses",
      description: "License names or SPDX ids that fail the gate, e.g. [AGPL-3.0, GPL-3.0-only]. Case-insensitive."
    }),
    "deny-categories": external_exports.array(
      oneOfAnyCase(LICENSE_CATEGORIES, {
        title: "License category",
        description: "One of Trivy's license categories."
      })
    ).optional().meta({
      title: "Denied license categories",
      description: `Trivy license categories that fail the gate: ${LICENSE_CATEGORIES.join(", ")}.`
    })
  }).optional().meta({ title: "Licenses", description: "Which licenses fail the gate. Default: none." }),
  image: external_exports.strictObject({
    "forbid-root": external_exports.boolean().optional().meta({
      title: "Forbid root",
      description: 'Fail when the image config runs as root (User empty, "root", "0", "root:\u2026", "0:\u2026"). Also fails when the user cannot be checked.'
    })
  }).optional().meta({ title: "Image", description: "Rules about the image configuration." }),
  ignore: external_exports.array(ignoreRuleSchema).optional().meta({ title: "Ignore rules", description: "Accepted findings, each with a reason and optionally an expiry date." })
}).meta({
  title: "image-gate policy",
  description: "Policy for the image-gate action and CLI (default path .github/image-gate.yml). Action inputs override it."
});

// src/core/policy.ts
var DEFAULT_POLICY = {
  mode: "enforce",
  vulnerabilities: { failOnSeverity: "HIGH", maxCount: {}, onlyFixed: !1 },
  secrets: { fail: !0 },
  misconfigurations: { failOnSeverity: "NONE" },
  licenses: { deny: [], denyCategories: [] },
  image: { forbidRoot: !1 },
  ignore: []
};

// src/policy/build.ts
function buildPolicy(file, overrides, source) {
  let doc = file?.document ?? {}, vulnerabilities = doc.vulnerabilities ?? {}, maxCount = {};
  for (let name of SEVERITY_NAMES) {
    let max = vulnerabilities["max-count"]?.[name];
    max !== void 0 && (maxCount[toSeverity(name, source)] = max);
  }
  let fileThreshold = vulnerabilities["fail-on-severity"], fileMisconfigThreshold = doc.misconfigurations?.["fail-on-severity"];
  return {
    mode: overrides.mode ?? toMode(doc.mode, source) ?? DEFAULT_POLICY.mode,
    vulnerabilities: {
      failOnSeverity: overrides.failOnSeverity ?? (fileThreshold === void 0 ? DEFAULT_POLICY.vulnerabilities.failOnSeverity : toThreshold(fileThreshold, source)),
      maxCount,
      onlyFixed: overrides.onlyFixed ?? vulnerabilities["only-fixed"] ?? DEFAULT_POLICY.vulnerabilities.onlyFixed
    },
    secrets: { fail: overrides.secretsFail ?? doc.secrets?.fail ?? DEFAULT_POLICY.secrets.fail },
    misconfigurations: {
      failOnSeverity: overrides.misconfigFailOnSeverity ?? (fileMisconfigThreshold === void 0 ? DEFAULT_POLICY.misconfigurations.failOnSeverity : toThreshold(fileMisconfigThreshold, source))
    },
    licenses: {
      deny: [...overrides.licensesDeny ?? doc.licenses?.deny ?? DEFAULT_POLICY.licenses.deny],
      denyCategories: (doc.licenses?.["deny-categories"] ?? DEFAULT_POLICY.licenses.denyCategories).map(
        (c) => c.toLowerCase()
      )
    },
    image: { forbidRoot: overrides.forbidRoot ?? doc.image?.["forbid-root"] ?? DEFAULT_POLICY.image.forbidRoot },
    ignore: (doc.ignore ?? []).map((entry, index) => {
      let line = file?.ignoreLines[index], rule = {
        reason: entry.reason.trim(),
        origin: line === void 0 ? `${source} ignore[${index}]` : `${source} line ${line}`
      };
      return entry.id !== void 0 && (rule.id = entry.id), entry.package !== void 0 && (rule.package = entry.package), entry.path !== void 0 && (rule.path = entry.path), entry.expires !== void 0 && (rule.expires = entry.expires), rule;
    })
  };
}
function toMode(mode, source) {
  if (mode === void 0) return;
  let lower = mode.toLowerCase();
  if (lower === "enforce" || lower === "audit") return lower;
  throw configError(`${source}: mode "${mode}" is not one of enforce, audit`);
}
function toThreshold(value, source) {
  return value.trim().toLowerCase() === "none" ? "NONE" : toSeverity(value, source);
}
function toSeverity(value, source) {
  let severity = parseSeverity(value);
  if (severity === void 0) throw configError(`${source}: "${value}" is not a severity`);
  return severity;
}

// src/policy/load.ts
async function loadPolicyFile(path, options) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT" && !options.required) return;
    throw code === "ENOENT" ? configError(`policy file ${path} does not exist`, error) : code === "EISDIR" ? configError(`policy file ${path} is a directory, not a file`, error) : configError(`policy file ${path} could not be read (${code ?? String(error)})`, error);
  }
  return parsePolicyText(text, path);
}
function parsePolicyText(text, source) {
  let lineCounter = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text.replace(/^\uFEFF/, ""), { lineCounter, uniqueKeys: !0, prettyErrors: !0 }), problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    let line = problem.linePos?.[0].line ?? lineCounter.linePos(problem.pos[0]).line, more = doc.errors.length + doc.warnings.length - 1;
    throw configError(`${source} line ${line}: ${yamlProblem(doc, problem.code, problem.message, problem.pos)}${andMore(more)}`);
  }
  let contents = (0, import_yaml.isScalar)(doc.contents) && doc.contents.value === null ? null : doc.contents;
  if (contents !== null && !(0, import_yaml.isMap)(contents)) {
    let line = lineCounter.linePos(contents.range?.[0] ?? 0).line;
    throw configError(`${source} line ${line}: the policy must be a mapping of keys (e.g. "vulnerabilities:"), got ${describe(doc.toJS())}`);
  }
  let recursive = recursiveAliasOffset(doc);
  if (recursive !== void 0)
    throw configError(`${source} line ${lineCounter.linePos(recursive).line}: an alias refers to the node that contains it`);
  let data = {};
  try {
    contents !== null && (data = doc.toJS({ reviver: dateAsText }));
  } catch (error) {
    throw configError(`${source}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  let result = policyFileSchema.safeParse(data, { reportInput: !0, error: issueMessage });
  if (!result.success) {
    let located = result.error.issues.map((issue) => {
      let keyPath = issue.path.filter((s) => typeof s != "symbol"), unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : void 0;
      if (unknownKey !== void 0 && issue.code === "unrecognized_keys" && issue.keys.length > 1)
        return { keyPath, offset: locate(doc, [...keyPath, unknownKey], !0), message: issue.message };
      unknownKey !== void 0 && keyPath.push(unknownKey);
      let offset = locate(doc, keyPath, unknownKey !== void 0);
      return { keyPath, offset, message: issue.message };
    });
    located.sort((a, b) => a.offset - b.offset);
    let first = located[0], where = first.keyPath.length > 0 ? `${formatPath(first.keyPath)}: ` : "";
    throw configError(
      `${source} line ${lineCounter.linePos(first.offset).line}: ${where}${first.message}${andMore(located.length - 1)}`
    );
  }
  let ignore2 = doc.get("ignore", !0), ignoreLines = (0, import_yaml.isSeq)(ignore2) ? ignore2.items.map((item) => lineCounter.linePos(rangeStart(item) ?? 0).line) : [];
  return { document: result.data, ignoreLines };
}
function dateAsText(_key, value) {
  if (!(value instanceof Date)) return value;
  let iso = value.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
function yamlProblem(doc, code, message, pos) {
  if (code === "DUPLICATE_KEY") {
    let key = keyAt(doc, pos[0]);
    if (key !== void 0) return `duplicate key ${JSON.stringify(key)}`;
  }
  return (message.split(`
`, 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
function keyAt(doc, offset) {
  let found;
  return (0, import_yaml.visit)(doc, {
    Pair(_key, pair) {
      if ((0, import_yaml.isScalar)(pair.key) && rangeStart(pair.key) === offset)
        return found = String(pair.key.value), import_yaml.visit.BREAK;
    }
  }), found;
}
function recursiveAliasOffset(doc) {
  let offset;
  return (0, import_yaml.visit)(doc, {
    Alias(_key, alias) {
      let start = rangeStart(alias) ?? 0, range = alias.resolve(doc)?.range;
      if (range && range[0] <= start && start < range[2])
        return offset = start, import_yaml.visit.BREAK;
    }
  }), offset;
}
function issueMessage(issue) {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === void 0 ? "is required" : `expected ${expectedName(issue.expected)}, got ${describe(issue.input)}`;
    case "unrecognized_keys": {
      let keys = issue.keys.map((key) => JSON.stringify(key)).join(", "), known = issue.inst instanceof external_exports.ZodObject ? Object.keys(issue.inst.shape) : [], expected = known.length > 0 ? ` (expected one of: ${known.join(", ")})` : "";
      return `unknown ${issue.keys.length === 1 ? "key" : "keys"} ${keys}${expected}`;
    }
    default:
      return;
  }
}
function expectedName(expected) {
  switch (expected) {
    case "object":
      return "a mapping of keys";
    case "array":
      return "a list";
    case "boolean":
      return "true or false";
    case "int":
    case "number":
      return "a number";
    default:
      return `a ${expected}`;
  }
}
function describe(value) {
  return value === null ? "nothing (null)" : Array.isArray(value) ? "a list" : typeof value == "object" ? "a mapping" : typeof value == "string" ? `the text ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`;
}
function formatPath(path) {
  return path.map((s, i) => typeof s == "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function locate(doc, path, atKey) {
  let node = doc.contents, offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    let segment = path[i];
    if ((0, import_yaml.isMap)(node)) {
      let pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      let last = i === path.length - 1, keyOffset = rangeStart(pair.key), valueOffset = rangeStart(pair.value);
      offset = (last && atKey ? keyOffset : valueOffset ?? keyOffset) ?? offset, node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment == "number") {
      let item = node.items[segment];
      if (item === void 0) break;
      offset = rangeStart(item) ?? offset, node = item;
    } else
      break;
  }
  return offset;
}
function rangeStart(node) {
  return node === null || typeof node != "object" || !("range" in node) ? void 0 : node.range?.[0];
}
function andMore(n) {
  return n > 0 ? ` (and ${n} more ${n === 1 ? "problem" : "problems"})` : "";
}

// src/gate/acquire-scan.ts
import { randomUUID } from "node:crypto";
import { mkdir, readFile as readFile2, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";

// src/trivy/json-bytes.ts
var JsonSyntaxError = class extends Error {
  constructor(offset, truncated, message) {
    super(message);
    this.offset = offset;
    this.truncated = truncated;
  }
  offset;
  truncated;
}, QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58, OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93;
function isWhitespace(byte) {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}
var JsonBytes = class {
  constructor(bytes) {
    this.bytes = bytes;
    this.length = bytes.length;
  }
  bytes;
  length;
  /** Offset of the first value, after a UTF-8 byte-order mark and whitespace; -1 when there is none. */
  firstValue() {
    let b = this.bytes, i = b.length >= 3 && b[0] === 239 && b[1] === 187 && b[2] === 191 ? 3 : 0;
    return i = this.whitespace(i), i < this.length ? i : -1;
  }
  byteAt(offset) {
    return this.bytes[offset] ?? -1;
  }
  isNull(offset) {
    return this.bytes[offset] === 110 && this.bytes.toString("latin1", offset, offset + 4) === "null";
  }
  whitespace(offset) {
    let b = this.bytes, i = offset;
    for (; i < this.length && isWhitespace(b[i]); ) i++;
    return i;
  }
  /** Fails unless only whitespace follows. */
  end(offset) {
    let i = this.whitespace(offset);
    if (i < this.length) throw this.unexpected(i);
  }
  /**
   * Visits each member of the object at `offset`. The visitor gets the offset of the member's
   * value and returns the offset just after it. Returns the offset after the closing brace.
   */
  members(offset, visit2) {
    let b = this.bytes, i = this.expect(offset, OPEN_OBJECT);
    if (i = this.whitespace(i), b[i] === CLOSE_OBJECT) return i + 1;
    for (; ; ) {
      if (i >= this.length) throw this.truncated();
      if (b[i] !== QUOTE) throw this.unexpected(i);
      let keyEnd = this.skipString(i), key = this.key(i, keyEnd);
      if (i = this.expect(this.whitespace(keyEnd), COLON), i = this.whitespace(i), i >= this.length) throw this.truncated();
      if (i = this.whitespace(visit2(key, i)), i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_OBJECT) return i + 1;
      i = this.whitespace(this.expect(i, COMMA));
    }
  }
  /** Visits each element of the array at `offset`, like members(). */
  elements(offset, visit2) {
    let b = this.bytes, i = this.whitespace(this.expect(offset, OPEN_ARRAY));
    if (b[i] === CLOSE_ARRAY) return i + 1;
    for (let index = 0; ; index++) {
      if (i >= this.length) throw this.truncated();
      if (i = this.whitespace(visit2(index, i)), i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_ARRAY) return i + 1;
      i = this.whitespace(this.expect(i, COMMA));
    }
  }
  /** The offset just after the value at `offset`, found by matching brackets; JSON.parse checks the rest. */
  skip(offset) {
    let b = this.bytes, n = this.length, i = offset, first = b[i];
    if (first === QUOTE) return this.skipString(i);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      for (; i < n; ) {
        let c = b[i];
        if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isWhitespace(c)) break;
        i++;
      }
      if (i === n) throw this.truncated();
      if (i === offset) throw this.unexpected(i);
      return i;
    }
    let depth = 0;
    for (; i < n; ) {
      let c = b[i];
      if (c <= 32) {
        i++;
        continue;
      }
      if (c === QUOTE) {
        i = this.skipString(i);
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && (depth--, depth === 0))
        return i + 1;
      i++;
    }
    throw this.truncated();
  }
  /** JSON.parse of the bytes [start, end). */
  parse(start, end) {
    let piece = this.bytes.toString("utf8", start, end);
    try {
      return JSON.parse(piece);
    } catch (error) {
      throw this.translate(error, start, piece);
    }
  }
  /** Parses the value at `offset`; returns it and the offset after it. */
  value(offset) {
    let end = this.skip(offset);
    return { value: this.parse(offset, end), end };
  }
  lineAndColumn(offset) {
    let b = this.bytes, line = 1, lineStart = 0;
    for (let i = b.indexOf(10); i !== -1 && i < offset; i = b.indexOf(10, i + 1))
      line++, lineStart = i + 1;
    return { line, column: offset - lineStart + 1 };
  }
  skipString(offset) {
    let b = this.bytes, n = this.length, near = Math.min(offset + 64, n), i = offset + 1;
    for (; i < near; ) {
      let c = b[i];
      if (c === QUOTE) return i + 1;
      i += c === BACKSLASH ? 2 : 1;
    }
    for (; ; ) {
      let quote = b.indexOf(QUOTE, i);
      if (quote === -1) throw this.truncated();
      let backslashes = 0;
      for (let k = quote - 1; b[k] === BACKSLASH; k--) backslashes++;
      if ((backslashes & 1) === 0) return quote + 1;
      i = quote + 1;
    }
  }
  key(start, end) {
    let raw = this.bytes.toString("utf8", start + 1, end - 1);
    return raw.includes("\\") ? String(this.parse(start, end)) : raw;
  }
  expect(offset, byte) {
    if (offset >= this.length) throw this.truncated();
    if (this.bytes[offset] !== byte) throw this.unexpected(offset);
    return offset + 1;
  }
  truncated() {
    return new JsonSyntaxError(this.length, !0, "unexpected end of JSON");
  }
  unexpected(offset) {
    return new JsonSyntaxError(offset, !1, "unexpected character");
  }
  /** Turns V8's error, which counts UTF-16 units of the piece, into a byte offset in the document. */
  translate(error, start, piece) {
    if (!(error instanceof SyntaxError)) return error;
    let message = error.message;
    if (/end of JSON input|Unterminated string/i.test(message))
      return new JsonSyntaxError(this.length, !0, "unexpected end of JSON");
    let at = (index) => new JsonSyntaxError(start + Buffer.byteLength(piece.slice(0, Math.max(0, index))), !1, "unexpected character"), position = /at position (\d+)/.exec(message)?.[1];
    if (position !== void 0) return at(Number(position));
    let quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
    if (quoted) {
      let [, token = "", before, context = ""] = quoted, where = piece.indexOf(context);
      if (where !== -1) return at(where + (before ? 10 : Math.max(0, context.indexOf(token))));
    }
    return at(0);
  }
};

// src/trivy/report.ts
function parseTrivyReport(json, source) {
  let doc = new JsonBytes(typeof json == "string" ? Buffer.from(json, "utf8") : json);
  try {
    return new ReportReader(source, doc).read();
  } catch (error) {
    throw error instanceof JsonSyntaxError ? configError(`${source} is not valid JSON: ${describeSyntaxError(error, doc)}`) : error;
  }
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function describeSyntaxError(error, doc) {
  if (error.truncated) return "it ends in the middle of the document (truncated file?)";
  let { line, column } = doc.lineAndColumn(error.offset);
  return `unexpected character at line ${line} column ${column}`;
}
function kindOf(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value == "object" ? "an object" : `a ${typeof value}`;
}
var OPEN_OBJECT2 = 123, OPEN_ARRAY2 = 91, HEADER_KEYS = /* @__PURE__ */ new Set(["Trivy", "CreatedAt", "ArtifactName", "ArtifactType", "Metadata"]), ReportReader = class {
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
    if (doc.byteAt(start) !== OPEN_OBJECT2) {
      let value = doc.parse(start, doc.length);
      throw configError(`${this.source} is not a Trivy JSON report: the top level is ${kindOf(value)}, expected an object`);
    }
    let header2 = {}, findings2 = [], schemaChecked = !1, deferredResults = -1, end = doc.members(start, (key, at) => {
      if (key === "Results")
        return schemaChecked ? this.readResults(at, findings2) : (deferredResults = at, doc.skip(at));
      let { value, end: end2 } = doc.value(at);
      return key === "SchemaVersion" ? (this.checkSchema(value), schemaChecked = !0) : HEADER_KEYS.has(key) && (header2[key] = value), end2;
    });
    doc.end(end), schemaChecked || this.checkSchema(void 0), deferredResults !== -1 && this.readResults(deferredResults, findings2);
    let trivy = header2.Trivy, report = {
      source: this.source,
      trivyVersion: isObject(trivy) ? this.optionalString(trivy.Version, "Trivy.Version") : void 0,
      createdAt: this.optionalString(header2.CreatedAt, "CreatedAt"),
      artifactName: this.optionalString(header2.ArtifactName, "ArtifactName") ?? "",
      artifactType: this.optionalString(header2.ArtifactType, "ArtifactType") ?? "",
      os: void 0,
      imageId: void 0,
      diffIds: [],
      repoDigests: [],
      imageConfig: void 0,
      findings: findings2
    }, metadata = this.optionalObject(header2.Metadata, "Metadata");
    return metadata && this.readMetadata(metadata, report), report;
  }
  checkSchema(schemaVersion) {
    if (schemaVersion === void 0)
      throw configError(`${this.source} is not a Trivy JSON report: SchemaVersion is missing (run Trivy with --format json)`);
    if (schemaVersion !== 2)
      throw configError(
        `${this.source}: unsupported Trivy report SchemaVersion ${JSON.stringify(schemaVersion)}; only SchemaVersion 2 (Trivy 0.20 and later) is supported`
      );
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
  readResults(at, findings2) {
    let doc = this.doc;
    if (doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY2) throw this.shapeError("Results", "must be an array", doc.value(at).value);
    return doc.elements(at, (r, resultAt) => {
      if (this.result = r, doc.byteAt(resultAt) !== OPEN_OBJECT2)
        throw this.shapeError(`Results[${r}]`, "must be an object", doc.value(resultAt).value);
      let first = findings2.length, target = "", targetClass = "", targetType, end = doc.members(resultAt, (key, valueAt) => {
        if (key === "Vulnerabilities" || key === "Secrets" || key === "Misconfigurations" || key === "Licenses")
          return this.readList(key, valueAt, findings2);
        let { value, end: end2 } = doc.value(valueAt);
        return key === "Target" ? target = this.optionalString(value, `Results[${r}].Target`) ?? "" : key === "Class" ? targetClass = this.optionalString(value, `Results[${r}].Class`) ?? "" : key === "Type" && (targetType = this.optionalString(value, `Results[${r}].Type`) || void 0), end2;
      });
      for (let k = first; k < findings2.length; k++) {
        let finding = findings2[k];
        finding.target = target, finding.kind === "vulnerability" ? (finding.targetClass = targetClass, finding.targetType = targetType) : finding.kind === "misconfiguration" && (finding.targetType = targetType);
      }
      return end;
    });
  }
  readList(name, at, findings2) {
    let doc = this.doc;
    if (this.list = name, doc.isNull(at)) return at + 4;
    if (doc.byteAt(at) !== OPEN_ARRAY2)
      throw this.shapeError(`Results[${this.result}].${name}`, "must be an array", doc.value(at).value);
    return doc.elements(at, (i, itemAt) => {
      this.item = i;
      let { value, end } = doc.value(itemAt), entry = this.entry(value);
      return findings2.push(
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
    if (value == null) throw this.itemError("Severity", "is missing", void 0);
    let shown = typeof value == "string" ? JSON.stringify(value.slice(0, 40)) : kindOf(value);
    throw configError(
      `${this.source}: ${this.itemPath("Severity")} is ${shown}; expected one of ${SEVERITIES.join(", ")}`
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

// src/gate/acquire-scan.ts
var DEFAULT_PLATFORM = "linux/amd64";
async function acquireScan(config, environment) {
  let source = config.source;
  switch (source.kind) {
    case "report":
      return fromReportFile(source);
    case "registry":
      return fromRegistry(source.reference, config, environment);
    case "docker":
      return fromDockerDaemon(source.reference, config, environment);
    case "input":
      return fromInputPath(source, config, environment);
  }
}
async function fromReportFile(source) {
  let bytes = await readFile2(source.path).catch((error) => {
    throw configError(`Cannot read the Trivy report ${source.path}: ${error.code ?? String(error)}`);
  }), scan = parseTrivyReport(bytes, source.path);
  return { subject: subjectOfUnpinned(scan, source.path, source.image), scan };
}
async function fromRegistry(reference, config, environment) {
  let { RegistryClient } = await import("./client-UY3BHNJS.js"), parsed = parseImageReference(reference), client = new RegistryClient({
    credentials: config.registry.credentials,
    insecureRegistries: config.registry.insecure,
    logger: environment.logger
  }), pinned = await client.pin(parsed, config.platform ? { platform: config.platform } : { defaultPlatform: DEFAULT_PLATFORM }), pinnedRef = pinnedReference(parsed, pinned.digest), platformImage = pinned.platforms[0];
  if (!platformImage || pinned.platforms.length !== 1)
    throw infrastructureError(`Could not choose one platform of ${formatReference(parsed)} to scan; name one with the platform input`);
  environment.logger.info(`Pinned ${formatReference(parsed)} to ${pinned.digest} (${platformImage.platform} ${platformImage.digest})`);
  let credential = config.registry.credentials.find((item) => normalizeRegistryHost(item.registry) === parsed.registry), scanned = await scanWithTrivy({ kind: "image", reference: pinnedRef }, pinnedRef, config, environment, {
    ...credential && { credential },
    insecure: client.isPlainHttp(parsed.registry),
    // An index is scanned for the platform chosen here, never for whatever Trivy would default to.
    platform: pinned.platforms.length === 1 && pinned.digest !== platformImage.digest ? platformImage.platform : void 0
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
    subject: { input: reference, repository: repositoryName(parsed), digest: pinned.digest, pinned: pinnedRef },
    scan
  };
}
async function fromDockerDaemon(reference, config, environment) {
  let { exportDaemonImage } = await import("./daemon-HSQMGZBL.js"), parsed = parseImageReference(reference);
  await mkdir(config.tempDir, { recursive: !0 });
  let archivePath = join2(config.tempDir, `image-gate-${randomUUID()}.tar`);
  try {
    let exported = await exportDaemonImage(reference, archivePath, {
      ...config.dockerHost && { dockerHost: config.dockerHost },
      logger: environment.logger
    });
    environment.logger.info(`Exported ${reference} (image ${exported.imageId}) from the Docker daemon`);
    let scanned = await scanWithTrivy({ kind: "archive", path: archivePath }, reference, config, environment), scan = { ...scanned, imageConfig: { ...scanned.imageConfig, user: exported.user ?? "" } };
    return {
      subject: {
        input: reference,
        repository: repositoryName(parsed),
        digest: exported.imageId,
        pinned: `${repositoryName(parsed)}@${exported.imageId}`
      },
      scan
    };
  } finally {
    await rm(archivePath, { force: !0 });
  }
}
async function fromInputPath(source, config, environment) {
  let scan = await scanWithTrivy({ kind: "archive", path: source.path }, source.path, config, environment);
  return { subject: subjectOfUnpinned(scan, source.path, source.image), scan };
}
async function scanWithTrivy(target, label, config, environment, registryAccess = { insecure: !1 }) {
  let { locateTrivy, MINIMUM_TRIVY_VERSION } = await import("./install-EQWQ77RL.js"), trivy = await locateTrivy({
    ...config.trivy.path && { path: config.trivy.path },
    version: config.trivy.version,
    minimumVersion: MINIMUM_TRIVY_VERSION,
    logger: environment.logger,
    tempDir: config.tempDir
  });
  environment.logger.info(`Trivy ${trivy.version} (${trivy.source}): scanning ${label}`), await mkdir(config.tempDir, { recursive: !0 });
  let outputPath = join2(config.tempDir, `trivy-${randomUUID()}.json`), cacheDir = environment.env.TRIVY_CACHE_DIR ?? join2(homedir(), ".cache", "trivy"), dbCache = environment.actionsCache === !0 && config.trivy.cacheDb && !config.trivy.server ? await import("./db-cache-JRI7TAHB.js") : void 0, cacheState = await dbCache?.restoreTrivyDb(cacheDir, environment.logger, environment.now());
  try {
    let args = buildTrivyArgs({
      target,
      scanners: config.trivy.scanners,
      outputPath,
      cacheDir,
      ...config.trivy.server && { server: config.trivy.server },
      dbRepositories: config.trivy.dbRepositories,
      javaDbRepositories: config.trivy.javaDbRepositories,
      ...registryAccess.platform && { platform: registryAccess.platform },
      // Trivy stops itself after 5 minutes unless told otherwise; our own deadline is the one that counts.
      timeout: `${Math.ceil(config.trivy.timeoutMs / 1e3)}s`,
      insecure: registryAccess.insecure
    }), credential = registryAccess.credential;
    await runTrivy(trivy.binary, args, {
      env: buildTrivyEnv(credential && { username: credential.username, password: credential.password }),
      timeoutMs: config.trivy.timeoutMs,
      logger: environment.logger
    });
    let scan = parseTrivyReport(await readFile2(outputPath), `the Trivy report for ${label}`);
    return await dbCache?.saveTrivyDb(cacheDir, cacheState, environment.logger), scan;
  } finally {
    await rm(outputPath, { force: !0 });
  }
}
function subjectOfUnpinned(scan, input, image2) {
  let candidates = [image2, scan.repoDigests[0], looksLikeFile(scan.artifactName) ? void 0 : scan.artifactName];
  for (let candidate of candidates)
    if (candidate !== void 0)
      try {
        let parsed = parseImageReference(candidate);
        return {
          input,
          repository: repositoryName(parsed),
          ...parsed.digest && { digest: parsed.digest },
          pinned: parsed.digest ? pinnedReference(parsed, parsed.digest) : formatReference(parsed)
        };
      } catch (error) {
        if (candidate === image2) throw error;
      }
  return { input, repository: scan.artifactName || input, pinned: scan.artifactName || input };
}
function looksLikeFile(name) {
  return /^(\.{0,2}\/|[A-Za-z]:\\)/.test(name) || /\.(tar|tgz|tar\.gz|json|sbom|cdx)$/i.test(name);
}

// src/gate/gate-image.ts
async function gateImage(config, environment) {
  let policySource = displayPath(config.policy.path, environment.workspace), policyFile = await loadPolicyFile(config.policy.path, { required: config.policy.required });
  policyFile && environment.logger.info(`Policy: ${policySource}`);
  let policy = buildPolicy(policyFile, config.policy.overrides, policySource), dockerfile = config.dockerfile ? await locateDockerfile(config.dockerfile, environment.workspace) : void 0, { subject, scan } = await acquireScan(config, environment), verdict = evaluate(scan, policy, environment.now());
  return { subject, scan, verdict, ...dockerfile && { dockerfile } };
}
async function locateDockerfile(path, workspace) {
  let text = await readFile3(path.startsWith("/") ? path : `${workspace}/${path}`, "utf8").catch((error) => {
    throw configError(`Cannot read the Dockerfile ${path}: ${error.code ?? String(error)}`);
  }), repoPath = displayPath(path, workspace);
  return { path: repoPath, finalFromLine: finalFromLine(text, repoPath) };
}
function displayPath(path, workspace) {
  if (!path.startsWith("/")) return path;
  let inside = relative(workspace, path);
  return inside.startsWith("..") ? path : inside;
}

// src/report/result-json.ts
var RESULT_DOCUMENT_VERSION = 1;
function compactFinding(judged) {
  let { finding } = judged, out = {
    kind: finding.kind,
    id: findingId(finding),
    severity: finding.severity,
    status: judged.status,
    target: finding.target
  };
  switch (finding.kind) {
    case "vulnerability":
      out.title = finding.title, out.package = finding.packageName, out.installed = finding.installedVersion, finding.fixedVersion && (out.fixed = finding.fixedVersion), finding.packagePath && (out.path = finding.packagePath), finding.cvss && (out.cvss = finding.cvss.score), finding.url && (out.url = finding.url);
      break;
    case "secret":
      out.title = finding.title, out.line = finding.startLine, out.category = finding.category;
      break;
    case "misconfiguration":
      out.title = finding.title, finding.startLine !== void 0 && (out.line = finding.startLine), finding.url && (out.url = finding.url);
      break;
    case "license":
      finding.packageName && (out.package = finding.packageName), finding.filePath && (out.path = finding.filePath), out.category = finding.category;
      break;
  }
  return judged.note !== void 0 && (out.note = judged.note), out;
}
function ignoreRule(rule) {
  return {
    ...rule.id !== void 0 && { id: rule.id },
    ...rule.package !== void 0 && { package: rule.package },
    ...rule.path !== void 0 && { path: rule.path },
    reason: rule.reason,
    ...rule.expires !== void 0 && { expires: rule.expires },
    origin: rule.origin
  };
}
function image(result) {
  let { subject, scan, verdict } = result, findings2 = new Array(verdict.findings.length), ignored = [];
  return verdict.findings.forEach((judged, i) => {
    if (findings2[i] = compactFinding(judged), judged.status !== "ignored") return;
    let pkg = findingPackage(judged.finding);
    ignored.push({
      kind: judged.finding.kind,
      id: findingId(judged.finding),
      severity: judged.finding.severity,
      ...pkg !== void 0 && { package: pkg },
      target: judged.finding.target,
      reason: judged.ignoredBy?.reason ?? judged.note ?? "",
      expires: judged.ignoredBy?.expires ?? null,
      origin: judged.ignoredBy?.origin ?? ""
    });
  }), {
    input: subject.input,
    repository: subject.repository,
    digest: subject.digest ?? null,
    reference: subject.pinned,
    outcome: verdict.outcome,
    mode: verdict.mode,
    failsStep: verdict.failsStep,
    scan: {
      source: scan.source,
      artifactType: scan.artifactType,
      trivyVersion: scan.trivyVersion ?? null,
      os: scan.os === void 0 ? null : { family: scan.os.family, name: scan.os.name, eosl: scan.os.eosl ?? !1 }
    },
    dockerfile: result.dockerfile === void 0 ? null : { ...result.dockerfile },
    counts: verdict.counts,
    violations: verdict.violations.map((v) => ({
      rule: v.rule,
      message: v.message,
      severity: v.severity ?? null,
      count: v.count
    })),
    ignored,
    expiredIgnores: verdict.expiredIgnores.map(({ rule, matched }) => ({ ...ignoreRule(rule), matched })),
    unusedIgnores: verdict.unusedIgnores.map(ignoreRule),
    findings: findings2
  };
}
function buildResultDocument(results) {
  let images = results.map(image);
  return {
    version: RESULT_DOCUMENT_VERSION,
    tool: "image-gate",
    outcome: images.some((i) => i.outcome === "fail") ? "fail" : "pass",
    failsStep: images.some((i) => i.failsStep),
    images
  };
}

// src/publish/write-files.ts
import { mkdir as mkdir2, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/finding-text.ts
function findingSubject(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.packageName;
    case "secret":
      return `${finding.target}:${finding.startLine}`;
    case "misconfiguration":
      return finding.startLine === void 0 ? finding.target : `${finding.target}:${finding.startLine}`;
    case "license":
      return finding.packageName || finding.filePath || finding.target;
  }
}
function findingVersions(finding) {
  if (finding.kind !== "vulnerability") return "";
  let fixed = finding.fixedVersion?.trim();
  return fixed ? `${finding.installedVersion} \u2192 ${fixed}` : `${finding.installedVersion} (no fix)`;
}
function findingUrl(finding) {
  return finding.kind === "vulnerability" || finding.kind === "misconfiguration" ? finding.url : void 0;
}
function describeIgnoreRule(rule) {
  return `${[
    rule.id === void 0 ? void 0 : `id ${rule.id}`,
    rule.package === void 0 ? void 0 : `package ${rule.package}`,
    rule.path === void 0 ? void 0 : `path ${rule.path}`
  ].filter((part) => part !== void 0).join(", ")} (${rule.origin})`;
}
function statusText(judged) {
  switch (judged.status) {
    case "violation":
      return "VIOLATION";
    case "allowed":
      return "allowed";
    case "ignored": {
      let rule = judged.ignoredBy, reason = rule?.reason ?? judged.note ?? "no reason given";
      return rule?.expires === void 0 ? `ignored (${reason})` : `ignored (${reason}, until ${rule.expires})`;
    }
    case "excluded":
      return judged.note === void 0 ? "excluded" : `excluded (${judged.note})`;
  }
}
var STATUS_ORDER = { violation: 0, allowed: 1, excluded: 2, ignored: 3 }, BUCKETS = 20;
function selectTop(findings2, limit, keep = () => !0) {
  let buckets = Array.from({ length: BUCKETS }, () => []), total = 0;
  for (let judged of findings2) {
    if (!keep(judged)) continue;
    total += 1;
    let bucket = buckets[(4 - severityRank(judged.finding.severity)) * 4 + STATUS_ORDER[judged.status]];
    bucket !== void 0 && bucket.length < limit && bucket.push(judged);
  }
  let top = [];
  for (let bucket of buckets)
    for (let judged of bucket) {
      if (top.length >= limit) return { top, total };
      top.push(judged);
    }
  return { top, total };
}
function ignoredVulnerabilitiesBySeverity(findings2) {
  let counts2 = emptySeverityCounts();
  for (let judged of findings2)
    judged.status === "ignored" && judged.finding.kind === "vulnerability" && (counts2[judged.finding.severity] += 1);
  return counts2;
}
function findingTitle(finding) {
  return finding.kind === "license" ? `${finding.name} (${finding.category} license)` : finding.title;
}

// src/report/markdown.ts
function truncate(text, maxLength) {
  if (text.length <= maxLength) return text;
  let points = Array.from(text);
  return points.length <= maxLength ? text : `${points.slice(0, Math.max(0, maxLength - 1)).join("")}\u2026`;
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
function singleLine(text) {
  return text.replace(CONTROL, " ").trim();
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }, INLINE_SYNTAX = /[\\`*_[\]|~@]/g, LINE_START_SYNTAX = /^([#+=-]|\d{1,9}[.)](?=\s|$))/;
function escapeMarkdown(text) {
  return singleLine(text).replace(/[&<>"]/g, (char) => HTML_ENTITIES[char] ?? char).replace(INLINE_SYNTAX, (char) => `\\${char}`).replace(LINE_START_SYNTAX, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
var DEFAULT_CELL_LENGTH = 100;
function escapeCell(text, maxLength = DEFAULT_CELL_LENGTH) {
  let line = singleLine(text ?? "");
  return line === "" ? "\u2013" : escapeMarkdown(truncate(line, maxLength));
}
function safeHttpUrl(url) {
  if (url === void 0 || url === "") return;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (!(parsed.protocol !== "https:" && parsed.protocol !== "http:"))
    return parsed.href.replace(/[()<>[\]\\|`* ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function markdownLink(text, url, maxLength = DEFAULT_CELL_LENGTH) {
  let label = escapeCell(text, maxLength), target = safeHttpUrl(url);
  return target === void 0 ? label : `[${label}](${target})`;
}
function markdownTable(header2, rows) {
  let lines = [`| ${header2.join(" | ")} |`, `|${header2.map(() => " --- ").join("|")}|`];
  for (let row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join(`
`);
}
function details(summary, body, open = !1) {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${body}

</details>`;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", FINGERPRINT_KEY = "imageGateFinding/v1", MAX_RESULTS_PER_RUN = 25e3, DEFAULT_SCORE = { CRITICAL: 9.5, HIGH: 7, MEDIUM: 5.5, LOW: 2, UNKNOWN: 0 }, BAND = {
  CRITICAL: [9, 10],
  HIGH: [7, 8.9],
  MEDIUM: [4, 6.9],
  LOW: [0.1, 3.9],
  UNKNOWN: [0, 0]
};
function securitySeverity(severity, cvssScore) {
  let [low, high] = BAND[severity];
  return (severity !== "UNKNOWN" && cvssScore !== void 0 && Number.isFinite(cvssScore) && cvssScore >= low && cvssScore <= high ? cvssScore : DEFAULT_SCORE[severity]).toFixed(1);
}
function defaultLevel(severity) {
  return atLeast(severity, "HIGH") ? "error" : severity === "MEDIUM" ? "warning" : "note";
}
function resultLevel(judged) {
  return judged.status === "violation" ? "error" : judged.status !== "ignored" && atLeast(judged.finding.severity, "HIGH") ? "warning" : "note";
}
function ruleIdOf(finding) {
  switch (finding.kind) {
    case "secret":
      return `secret/${finding.ruleId}`;
    case "license":
      return `license/${finding.name}`;
    default:
      return finding.id;
  }
}
function ruleName(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return finding.targetClass === "os-pkgs" ? "OsPackageVulnerability" : "LanguageSpecificPackageVulnerability";
    case "secret":
      return "Secret";
    case "misconfiguration":
      return "Misconfiguration";
    case "license":
      return "License";
  }
}
function placeInImage(finding) {
  switch (finding.kind) {
    case "vulnerability":
      return [
        finding.packageName,
        finding.packagePath ?? (finding.targetClass === "os-pkgs" ? finding.targetType ?? finding.targetClass : finding.target)
      ];
    case "license":
      return [finding.packageName, finding.filePath || finding.target];
    default:
      return [finding.target];
  }
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function helpFor(finding, ruleId) {
  let title2 = findingTitle(finding), url = findingUrl(finding), lines = [`${ruleId}: ${title2}`, `Severity: ${finding.severity}`], table;
  switch (finding.kind) {
    case "vulnerability":
      lines.push(`Package: ${finding.packageName}`, `Fixed version: ${finding.fixedVersion || "none"}`), table = markdownTable(
        ["Severity", "Package", "Fixed version", "Link"],
        [[finding.severity, escapeCell(finding.packageName), escapeCell(finding.fixedVersion || "none"), markdownLink(finding.id, url)]]
      );
      break;
    case "misconfiguration":
      lines.push(`Check: ${finding.message}`, `Resolution: ${finding.resolution ?? "see the link"}`), table = markdownTable(
        ["Severity", "Check", "Resolution", "Link"],
        [[finding.severity, escapeCell(finding.message, 300), escapeCell(finding.resolution, 300), markdownLink(finding.id, url)]]
      );
      break;
    case "secret":
      lines.push(`Category: ${finding.category}`, "Remove the secret from the image and rotate it."), table = markdownTable(["Severity", "Category", "Rule"], [[finding.severity, escapeCell(finding.category), escapeCell(finding.ruleId)]]);
      break;
    case "license":
      lines.push(`Category: ${finding.category}`), table = markdownTable(["Severity", "License", "Category"], [[finding.severity, escapeCell(finding.name), escapeCell(finding.category)]]);
      break;
  }
  return url !== void 0 && safeHttpUrl(url) !== void 0 && lines.push(`Link: ${url}`), {
    text: singleLines(lines).join(`
`),
    markdown: `**${escapeCell(`${ruleId}: ${title2}`, 300)}**

${table}`
  };
}
function singleLines(lines) {
  return lines.map((line) => truncate(singleLine(line), 1e3));
}
function buildRule(finding, ruleId) {
  let title2 = truncate(singleLine(findingTitle(finding)), 1e3) || ruleId, helpUri = safeHttpUrl(findingUrl(finding)), cvss = finding.kind === "vulnerability" ? finding.cvss?.score : void 0;
  return {
    id: ruleId,
    name: ruleName(finding),
    shortDescription: { text: truncate(`${ruleId}: ${title2}`, 1e3) },
    fullDescription: { text: title2 },
    ...helpUri !== void 0 && { helpUri },
    help: helpFor(finding, ruleId),
    defaultConfiguration: { level: defaultLevel(finding.severity) },
    properties: {
      "security-severity": securitySeverity(finding.severity, cvss),
      tags: ["security", finding.kind, finding.severity],
      precision: "very-high"
    }
  };
}
function pathToUri(path) {
  return path.replaceAll("\\", "/").split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
}
function runLocation(result) {
  return result.dockerfile !== void 0 ? { uri: pathToUri(result.dockerfile.path), line: Math.max(1, result.dockerfile.finalFromLine) } : { uri: pathToUri(result.subject.repository) || "image", line: 1 };
}
function messageText(judged, repository) {
  let { finding } = judged, versions = findingVersions(finding), text = [
    `${findingId(finding)} (${finding.severity}) in ${findingSubject(finding)}${versions === "" ? "" : ` ${versions}`}: ${findingTitle(finding)}.`,
    `Image: ${repository}. Target: ${finding.target}.`,
    `Policy: ${statusText(judged)}.`
  ];
  return truncate(singleLine(text.join(" ")), 2e3);
}
function buildRun(result, options, category) {
  let { subject, scan, verdict } = result, limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN, reportable = (judged) => judged.finding.kind !== "misconfiguration" || judged.finding.status.toUpperCase() === "FAIL", { top, total } = selectTop(verdict.findings, limit, reportable), rules = [], ruleIndexes = /* @__PURE__ */ new Map(), occurrences = /* @__PURE__ */ new Map(), where = runLocation(result), locations = [
    {
      physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: where.line } },
      message: { text: truncate(singleLine(subject.pinned), 1e3) }
    }
  ], results = top.map((judged) => {
    let { finding } = judged, ruleId = ruleIdOf(finding), ruleIndex = ruleIndexes.get(ruleId);
    ruleIndex === void 0 && (ruleIndex = rules.push(buildRule(finding, ruleId)) - 1, ruleIndexes.set(ruleId, ruleIndex));
    let identity = JSON.stringify([subject.repository, finding.kind, ruleId, ...placeInImage(finding)]), seen = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, seen);
    let sarifResult = {
      ruleId,
      ruleIndex,
      level: resultLevel(judged),
      message: { text: messageText(judged, subject.repository) },
      // One shared array: every finding of the image has the same location.
      locations,
      partialFingerprints: { [FINGERPRINT_KEY]: sha256(seen === 1 ? identity : `${identity}#${seen}`) },
      properties: { severity: finding.severity, status: judged.status, kind: finding.kind }
    };
    if (judged.status === "ignored") {
      let rule = judged.ignoredBy, reason = rule?.reason ?? judged.note ?? "ignored by policy", justification = rule === void 0 ? reason : `${reason} (${rule.origin}${rule.expires ? `, until ${rule.expires}` : ""})`;
      sarifResult.suppressions = [{ kind: "external", status: "accepted", justification: truncate(singleLine(justification), 1e3) }];
    }
    return sarifResult;
  }), extensions = scan.trivyVersion === void 0 ? void 0 : [{ name: "Trivy", version: scan.trivyVersion }];
  return {
    tool: {
      driver: { name: "image-gate", version: options.toolVersion, informationUri: options.informationUri, rules },
      ...extensions !== void 0 && { extensions }
    },
    automationDetails: { id: `${category}/` },
    invocations: [{ executionSuccessful: !0 }],
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      imageRepository: subject.repository,
      imageReference: subject.pinned,
      ...subject.digest !== void 0 && { imageDigest: subject.digest },
      verdict: verdict.outcome,
      mode: verdict.mode,
      findings: total,
      resultsOmitted: total - results.length
    }
  };
}
function categories(results) {
  let seen = /* @__PURE__ */ new Map();
  return results.map(({ subject }) => {
    let n = (seen.get(subject.repository) ?? 0) + 1;
    return seen.set(subject.repository, n), n === 1 ? `image-gate/${subject.repository}` : `image-gate/${subject.repository}#${n}`;
  });
}
function buildSarif(results, options) {
  let ids = categories(results);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: results.map((result, i) => buildRun(result, options, ids[i] ?? `image-gate/${result.subject.repository}`))
  };
}
function serializeSarif(log) {
  return `${JSON.stringify(log)}
`;
}

// src/publish/write-files.ts
var TOOL_INFORMATION_URI = "https://github.com/image-gate/image-gate";
async function writeReportFiles(results, paths, toolVersion) {
  if (paths.sarifFile) {
    let sarif = buildSarif(results, { toolVersion, informationUri: TOOL_INFORMATION_URI });
    await writeText(paths.sarifFile, serializeSarif(sarif));
  }
  paths.resultFile && await writeText(paths.resultFile, `${JSON.stringify(buildResultDocument(results), null, 2)}
`);
}
async function writeText(path, text) {
  await mkdir2(dirname(path), { recursive: !0 }), await writeFile(path, text);
}

// src/report/summary.ts
var SUMMARY_MAX_BYTES = 1e6, ROW_LIMITS = [50, 20, 5, 0], MOST_ROWS = ROW_LIMITS[0], FOLD_AFTER = 10, MOST_SEVERE_FIRST = [...SEVERITIES].reverse(), number = new Intl.NumberFormat("en-US");
function pickKind(result, kind) {
  return selectTop(result.verdict.findings, MOST_ROWS, (judged) => judged.finding.kind === kind);
}
function prepare(result) {
  return {
    result,
    vulnerabilities: pickKind(result, "vulnerability"),
    secrets: pickKind(result, "secret"),
    misconfigurations: pickKind(result, "misconfiguration"),
    licenses: pickKind(result, "license"),
    ignored: selectTop(result.verdict.findings, MOST_ROWS, (judged) => judged.status === "ignored"),
    ignoredBySeverity: ignoredVulnerabilitiesBySeverity(result.verdict.findings)
  };
}
function headline(result) {
  let { subject, verdict } = result, icon = verdict.outcome === "pass" ? "\u2705" : "\u274C", outcome = verdict.outcome === "pass" ? "PASS" : "FAIL", audit = verdict.mode === "audit" ? " (audit mode)" : "", lines = [`### ${icon} ${outcome}${audit}: ${escapeMarkdown(subject.repository)}`];
  return verdict.mode === "audit" && lines.push(
    "",
    verdict.outcome === "fail" ? "> **Audit mode:** the policy is breached, but the step does not fail on it." : "> **Audit mode:** a breach would be reported here without failing the step."
  ), lines.join(`
`);
}
function facts(result) {
  let { subject, scan } = result, lines = [
    `- **Image:** ${escapeCell(subject.input, 300)}`,
    `- **Digest:** ${subject.digest === void 0 ? "not pinned to a digest" : escapeCell(subject.digest, 100)}`
  ];
  if (scan.os !== void 0) {
    let eosl = scan.os.eosl ? " \u26A0\uFE0F **end of life**: the distribution no longer gets security fixes" : "";
    lines.push(`- **OS:** ${escapeCell(`${scan.os.family} ${scan.os.name}`, 100)}${eosl}`);
  }
  let trivy = scan.trivyVersion === void 0 ? "" : ` (Trivy ${escapeCell(scan.trivyVersion, 40)})`;
  return lines.push(`- **Scan:** ${escapeCell(scan.source, 300)}${trivy}`), lines.join(`
`);
}
function countsTable(prepared) {
  let { counts: counts2 } = prepared.result.verdict, withMisconfigurations = SEVERITIES.some((s) => counts2.misconfigurations[s] > 0), others = `Secrets: ${number.format(counts2.secrets)} \xB7 Licenses: ${number.format(counts2.licenses)} \xB7 Ignored (all kinds): ${number.format(counts2.ignored)} \xB7 Violating: ${number.format(counts2.violating)}`;
  if (!withMisconfigurations && SEVERITIES.every((s) => counts2.vulnerabilities[s] === 0))
    return `No vulnerabilities found.

${others}`;
  let header2 = ["Severity", "Found", "Fixable", "Ignored", ...withMisconfigurations ? ["Misconfigurations"] : []], total = (record) => number.format(SEVERITIES.reduce((sum, s) => sum + record[s], 0)), rows = MOST_SEVERE_FIRST.map((s) => [
    s,
    number.format(counts2.vulnerabilities[s]),
    number.format(counts2.fixable[s]),
    number.format(prepared.ignoredBySeverity[s]),
    ...withMisconfigurations ? [number.format(counts2.misconfigurations[s])] : []
  ]);
  return rows.push([
    "**Total**",
    total(counts2.vulnerabilities),
    total(counts2.fixable),
    total(prepared.ignoredBySeverity),
    ...withMisconfigurations ? [total(counts2.misconfigurations)] : []
  ]), [
    "**Vulnerabilities**",
    "",
    markdownTable(header2, rows),
    "",
    others
  ].join(`
`);
}
function violationsList(result) {
  let { violations: violations2 } = result.verdict;
  return violations2.length === 0 ? "No policy violations." : [
    `**Violations (${violations2.length})**`,
    "",
    ...violations2.map((v) => `- ${escapeMarkdown(v.message)} (${escapeMarkdown(v.rule)})`)
  ].join(`
`);
}
function leftOut(shown, total, noun, cut) {
  if (total <= shown) return "";
  let why = cut ? " (cut to fit the 1 MiB job summary limit)" : "";
  return `

\u2026and ${number.format(total - shown)} more ${noun} not shown here${why}; image-gate-result.json lists them all.`;
}
function findingTable(picked, rows, cut, spec) {
  if (picked.total === 0) return "";
  let shown = picked.top.slice(0, rows), title2 = `${spec.title} (${number.format(picked.total)}${shown.length < picked.total ? `, ${shown.length} shown, most severe first` : ""})`, more = leftOut(shown.length, picked.total, spec.noun, cut);
  if (shown.length === 0) return `**${title2}**${more}`;
  let table = markdownTable(spec.header, shown.map(spec.row)) + more;
  return shown.length <= FOLD_AFTER ? `**${title2}**

${table}` : details(`<b>${title2}</b>`, table, spec.open);
}
function vulnerabilityRow(judged) {
  let { finding } = judged;
  return [
    markdownLink(findingId(finding), findingUrl(finding), 40),
    escapeCell(findingSubject(finding), 60),
    escapeCell(findingVersions(finding), 60),
    finding.severity,
    escapeCell(statusText(judged), 80),
    escapeCell(findingPath(finding), 80)
  ];
}
function secretRow(judged) {
  let { finding } = judged, category = finding.kind === "secret" ? finding.category : "";
  return [
    escapeCell(findingId(finding), 60),
    escapeCell(findingTitle(finding), 80),
    escapeCell(category, 40),
    finding.severity,
    escapeCell(findingSubject(finding), 100),
    escapeCell(statusText(judged), 80)
  ];
}
function misconfigurationRow(judged) {
  let { finding } = judged, message = finding.kind === "misconfiguration" ? finding.message : "";
  return [
    markdownLink(findingId(finding), findingUrl(finding), 40),
    escapeCell(findingTitle(finding), 80),
    finding.severity,
    escapeCell(findingSubject(finding), 80),
    escapeCell(message, 120),
    escapeCell(statusText(judged), 80)
  ];
}
function licenseRow(judged) {
  let { finding } = judged, category = finding.kind === "license" ? finding.category : "";
  return [
    escapeCell(findingId(finding), 60),
    escapeCell(category, 40),
    finding.severity,
    escapeCell(findingSubject(finding), 80),
    escapeCell(statusText(judged), 80)
  ];
}
function ignoredRow(judged) {
  let { finding, ignoredBy } = judged;
  return [
    escapeCell(findingId(finding), 40),
    escapeCell(findingSubject(finding), 60),
    finding.severity,
    escapeCell(ignoredBy?.reason ?? judged.note, 120),
    escapeCell(ignoredBy?.expires ?? "never", 20),
    escapeCell(ignoredBy?.origin, 80)
  ];
}
function ignoreRuleLists(result, rows, cut) {
  let { expiredIgnores, unusedIgnores } = result.verdict, parts = [];
  if (expiredIgnores.length > 0) {
    let shown = expiredIgnores.slice(0, Math.max(rows, 5));
    parts.push(
      [
        `\u26A0\uFE0F **Expired ignore rules (${expiredIgnores.length})**: they no longer apply, and the findings they matched count again.`,
        "",
        ...shown.map(
          ({ rule, matched }) => `- ${escapeMarkdown(describeIgnoreRule(rule))}: expired ${escapeCell(rule.expires, 20)}, matches ${number.format(matched)} finding${matched === 1 ? "" : "s"}. Reason was: ${escapeCell(rule.reason, 200)}`
        )
      ].join(`
`) + leftOut(shown.length, expiredIgnores.length, "expired rules", cut)
    );
  }
  if (unusedIgnores.length > 0) {
    let shown = unusedIgnores.slice(0, rows), body = shown.map((rule) => `- ${escapeMarkdown(describeIgnoreRule(rule))}: ${escapeCell(rule.reason, 200)}`).join(`
`) + leftOut(shown.length, unusedIgnores.length, "unused rules", cut);
    parts.push(
      details(
        `Unused ignore rules (${unusedIgnores.length}): they matched nothing and can be removed`,
        body.replace(/^\n+/, "")
      )
    );
  }
  return parts.join(`

`);
}
function renderImage(prepared, rows, cut) {
  let { result } = prepared, failing = result.verdict.outcome === "fail";
  return [
    headline(result),
    facts(result),
    countsTable(prepared),
    violationsList(result),
    findingTable(prepared.vulnerabilities, rows, cut, {
      title: "Vulnerabilities",
      noun: "vulnerabilities",
      header: ["ID", "Package", "Installed \u2192 fixed", "Severity", "Status", "Target"],
      row: vulnerabilityRow,
      open: failing
    }),
    findingTable(prepared.secrets, rows, cut, {
      title: "Secrets",
      noun: "secrets",
      header: ["Rule", "Title", "Category", "Severity", "Location", "Status"],
      row: secretRow,
      open: failing
    }),
    findingTable(prepared.misconfigurations, rows, cut, {
      title: "Misconfigurations",
      noun: "misconfigurations",
      header: ["ID", "Check", "Severity", "Location", "Message", "Status"],
      row: misconfigurationRow,
      open: failing
    }),
    findingTable(prepared.licenses, rows, cut, {
      title: "Licenses",
      noun: "licenses",
      header: ["License", "Category", "Severity", "Package", "Status"],
      row: licenseRow,
      open: failing
    }),
    findingTable(prepared.ignored, rows, cut, {
      title: "Ignored findings",
      noun: "ignored findings",
      header: ["ID", "Package / file", "Severity", "Reason", "Expires", "Rule"],
      row: ignoredRow,
      open: !1
    }),
    ignoreRuleLists(result, rows, cut)
  ].filter((section) => section !== "").join(`

`);
}
function renderHeadlineOnly(prepared) {
  let { result } = prepared, c = result.verdict.counts, found = SEVERITIES.reduce((sum, s) => sum + c.vulnerabilities[s], 0);
  return [
    headline(result),
    `${number.format(found)} vulnerabilities, ${number.format(c.secrets)} secrets, ${number.format(c.licenses)} licenses; ${result.verdict.violations.length} violations. Details were left out to fit the 1 MiB job summary limit; image-gate-result.json has them.`
  ].join(`

`);
}
function title(results) {
  let failed = results.filter((r) => r.verdict.outcome === "fail").length;
  return results.length === 1 ? "## image-gate" : `## image-gate: ${results.length} images, ${results.length - failed} passed, ${failed} failed`;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function cutToBytes(text, maxBytes, note) {
  let noteBytes = byteLength(note);
  if (noteBytes > maxBytes) return "";
  let buffer = Buffer.from(text, "utf8"), end = maxBytes - noteBytes;
  for (; end > 0 && ((buffer[end] ?? 0) & 192) === 128; ) end -= 1;
  return buffer.subarray(0, end).toString("utf8") + note;
}
function renderSummary(results, options = {}) {
  let maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  if (results.length === 0) return fitOrCut(`${title(results)}

No images were checked.
`, maxBytes);
  let prepared = results.map(prepare), heading = title(results);
  for (let rows of ROW_LIMITS) {
    let cut = rows < MOST_ROWS, images = prepared.map((p) => renderImage(p, rows, cut)), text = `${heading}

${images.join(`

---

`)}
`;
    if (byteLength(text) <= maxBytes) return text;
  }
  let headlines = `${heading}

${prepared.map(renderHeadlineOnly).join(`

---

`)}
`;
  return fitOrCut(headlines, maxBytes);
}
function fitOrCut(text, maxBytes) {
  return byteLength(text) <= maxBytes ? text : cutToBytes(text, maxBytes, `

\u2026the summary was cut here to fit the job summary size limit.
`);
}

// src/report/table.ts
var LOG_FINDING_LIMIT = 50, MOST_SEVERE_FIRST2 = [...SEVERITIES].reverse();
function clean(text, maxLength) {
  return truncate(singleLine(text ?? ""), maxLength);
}
function width(text) {
  return Array.from(text).length;
}
function columns(rows, rightAligned = /* @__PURE__ */ new Set()) {
  let widths = [];
  for (let row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, width(cell)));
  return rows.map(
    (row) => row.map((cell, i) => {
      let pad = " ".repeat((widths[i] ?? 0) - width(cell));
      return rightAligned.has(i) ? pad + cell : i === row.length - 1 ? cell : cell + pad;
    }).join("  ").trimEnd()
  );
}
function indent(lines, by = "  ") {
  return lines.map((line) => by + line);
}
function header(result) {
  let { subject, scan, verdict } = result, outcome = verdict.outcome === "pass" ? "PASS" : "FAIL", mode = verdict.mode === "audit" ? "audit (reported only; the verdict does not fail the step)" : "enforce (a failing verdict fails the step)", os = scan.os === void 0 ? void 0 : `${scan.os.family} ${scan.os.name}${scan.os.eosl ? " (end of life)" : ""}`, lines = [
    `image-gate: ${outcome}  ${clean(subject.repository, 200)}`,
    `  image:   ${clean(subject.input, 300)}`,
    `  digest:  ${subject.digest === void 0 ? "(not pinned to a digest)" : clean(subject.digest, 100)}`,
    `  mode:    ${mode}`,
    `  report:  ${clean(scan.source, 300)}${scan.trivyVersion === void 0 ? "" : ` (Trivy ${clean(scan.trivyVersion, 40)})`}`
  ];
  return os !== void 0 && lines.push(`  os:      ${clean(os, 100)}`), lines;
}
function counts(result) {
  let { counts: c } = result.verdict, ignored = ignoredVulnerabilitiesBySeverity(result.verdict.findings), total = (record) => SEVERITIES.reduce((sum, s) => sum + record[s], 0), row = (label, record) => [
    label,
    ...MOST_SEVERE_FIRST2.map((s) => String(record[s])),
    String(total(record))
  ], rows = [
    ["Vulnerabilities", ...MOST_SEVERE_FIRST2, "TOTAL"],
    row("found", c.vulnerabilities),
    row("fixable", c.fixable),
    row("ignored", ignored)
  ];
  return total(c.misconfigurations) > 0 && rows.push(row("misconfigurations", c.misconfigurations)), [
    ...indent(columns(rows, /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6]))),
    `  Secrets: ${c.secrets}   Licenses: ${c.licenses}   Ignored (all kinds): ${c.ignored}   Violating: ${c.violating}`
  ];
}
function violations(result) {
  let list2 = result.verdict.violations;
  return list2.length === 0 ? ["  No policy violations."] : [`  Violations (${list2.length}):`, ...list2.map((v) => `    - [${v.rule}] ${clean(v.message, 300)}`)];
}
function findings(result) {
  let { top, total } = selectTop(result.verdict.findings, LOG_FINDING_LIMIT);
  if (total === 0) return ["  No findings."];
  let rows = [
    ["SEVERITY", "STATUS", "ID", "PACKAGE / FILE", "VERSION", "TITLE"],
    ...top.map(({ finding, ...judged }) => [
      finding.severity,
      clean(statusText({ finding, ...judged }), 48),
      clean(findingId(finding), 32),
      clean(findingSubject(finding), 40),
      clean(findingVersions(finding), 40),
      clean(findingTitle(finding), 72)
    ])
  ], lines = [`  Findings (${total}, most severe first):`, ...indent(columns(rows))];
  return total > top.length && lines.push(`  \u2026 and ${total - top.length} more (see the job summary or image-gate-result.json)`), lines;
}
function ignoreRules(result) {
  let lines = [], { expiredIgnores, unusedIgnores } = result.verdict;
  if (expiredIgnores.length > 0) {
    lines.push(`  Expired ignore rules (${expiredIgnores.length}; the findings they matched count again):`);
    for (let { rule, matched } of expiredIgnores)
      lines.push(
        `    - ${clean(describeIgnoreRule(rule), 200)}: expired ${clean(rule.expires, 20)}, matches ${matched}; reason: ${clean(rule.reason, 200)}`
      );
  }
  if (unusedIgnores.length > 0) {
    lines.push(`  Unused ignore rules (${unusedIgnores.length}; they matched nothing):`);
    for (let rule of unusedIgnores) lines.push(`    - ${clean(describeIgnoreRule(rule), 200)}`);
  }
  return lines;
}
function renderLogTable(result) {
  return [header(result), counts(result), violations(result), findings(result), ignoreRules(result)].filter((lines) => lines.length > 0).map((lines) => lines.join(`
`)).join(`

`);
}

export {
  atLeast,
  INPUT_NAMES,
  parseConfig,
  findingId,
  gateImage,
  buildResultDocument,
  findingSubject,
  findingVersions,
  describeIgnoreRule,
  statusText,
  selectTop,
  findingTitle,
  truncate,
  singleLine,
  writeReportFiles,
  writeText,
  renderSummary,
  renderLogTable
};
