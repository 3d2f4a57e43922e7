// Recursive-descent parser for one Go 1.19 source file, modelled on cmd/compile/internal/syntax's parser:
// the same grammar decisions (composite literals in statement headers, type parameter lists versus array
// lengths, parameter lists with and without names), the same error messages at the same positions, and
// the same recovery: after an error the parser skips to a token that can follow the production (`advance`),
// stopping early at statement keywords inside function bodies. It builds the go/ast-shaped tree of ast.ts.
//
// Errors arrive at `onError(offset, line, col, msg)` in the order cmd/compile reports them; index.ts
// applies the compiler's reporting rules (one syntax error per line, sorting, the 10-error limit).
// The parser never throws: every loop consumes a token or ends, and recursion depth is bounded by a
// nesting limit that reports an error instead of overflowing the JS stack.

import type {
  BasicLit,
  BlockStmt,
  CallExpr,
  CaseClause,
  ChanType,
  CommClause,
  CompositeLit,
  Decl,
  Expr,
  Field,
  FieldList,
  File,
  FuncDecl,
  FuncType,
  GenDecl,
  Ident,
  ImportSpec,
  InterfaceType,
  Pos,
  Spec,
  Stmt,
  StructType,
  TypeAssertExpr,
  TypeSpec,
  ValueSpec,
} from './ast.ts';
import { NoPos, positionAt, syntaxPos, syntaxStartPos, unparen } from './ast.ts';
import { checkBranches } from './branches.ts';
import { DirectiveHandler, type Pragma } from './directives.ts';
import { exprListString, exprString, stmtString } from './printer.ts';
import { Scanner } from './scanner.ts';
import type { AssignOp, BinaryOp, UnaryOp } from './token.ts';
import { precedence, Token, tokenText } from './token.ts';

export type ParseErrorHandler = (offset: number, line: number, col: number, msg: string) => void;

export interface ParserOptions {
  /** Keep comments in File.comments. */
  comments?: boolean;
  /** Run cmd/compile's label and branch checks (on by default, as in the compiler). */
  checkBranches?: boolean;
}

/** The `for` header's range clause, before it becomes a RangeStmt. */
interface RangeClause {
  kind: 'RangeClause';
  pos: Pos;
  lhs: Expr[] | null;
  def: boolean;
  tokPos: Pos;
  x: Expr;
}

type SimpleStmt = Stmt | RangeClause;

/** One parameter while a parameter list is parsed (syntax.Field: at most one name). */
interface Param {
  pos: Pos;
  name: Ident | null;
  type: Expr | null;
}

// Token sets as bit masks (tokens are < 82, so two 64-bit halves are not needed: use a Set of numbers).
type TokSet = ReadonlySet<Token>;

/**
 * Statement keywords: good synchronisation points inside function bodies
 * (syntax.stopset; go/parser's stmtStart is the same set).
 */
export const stopset: TokSet = new Set<Token>([
  Token.BREAK,
  Token.CONST,
  Token.CONTINUE,
  Token.DEFER,
  Token.FALLTHROUGH,
  Token.FOR,
  Token.GO,
  Token.GOTO,
  Token.IF,
  Token.RETURN,
  Token.SELECT,
  Token.SWITCH,
  Token.TYPE,
  Token.VAR,
]);

/** Tokens of cmd/compile's _Operator class (binary operators except *, plus ! and ~). */
function isOperatorClass(t: Token): boolean {
  switch (t) {
    case Token.ADD:
    case Token.SUB:
    case Token.QUO:
    case Token.REM:
    case Token.AND:
    case Token.OR:
    case Token.XOR:
    case Token.SHL:
    case Token.SHR:
    case Token.AND_NOT:
    case Token.LAND:
    case Token.LOR:
    case Token.EQL:
    case Token.NEQ:
    case Token.LSS:
    case Token.LEQ:
    case Token.GTR:
    case Token.GEQ:
    case Token.NOT:
    case Token.TILDE:
      return true;
  }
  return false;
}

/** A pseudo-token standing for the _Operator class in follow lists. */
const OPERATOR_CLASS = -1;

/** Deepest expression/statement nesting accepted before reporting an error (protects the JS stack). */
const maxNesting = 500;

/** English word for selected tokens in "expecting" messages (syntax.tokstring). */
function tokstring(t: Token): string {
  switch (t) {
    case Token.COMMA:
      return 'comma';
    case Token.SEMICOLON:
      return 'semicolon or newline';
    case Token.IDENT:
      return 'name';
    case Token.EOF:
      return 'EOF';
  }
  return tokenText[t];
}

function isLiteralTok(t: Token): boolean {
  return t >= Token.INT && t <= Token.STRING;
}

export class Parser {
  private readonly s: Scanner;
  private readonly filename: string;
  private readonly onError: ParseErrorHandler;
  private readonly doCheckBranches: boolean;

  /** Number of errors reported so far (lexical ones included). */
  errcnt = 0;
  private first = false; // an error has been reported
  private fnest = 0; // function nesting level
  private xnest = 0; // expression nesting level (composite literal ambiguity)
  private depth = 0; // recursion depth guard
  private prevEnd = 0; // end of the last consumed token
  private readonly guardLhs = new Map<TypeAssertExpr, { lhs: Ident; tokPos: Pos }>();
  private readonly directives: DirectiveHandler;
  /** Directives read since the last declaration took them. */
  private pragma: Pragma | null = null;

  constructor(filename: string, src: string, onError: ParseErrorHandler, options: ParserOptions = {}) {
    this.filename = filename;
    this.onError = onError;
    this.doCheckBranches = options.checkBranches !== false;
    // directive errors come from cmd/compile's noder: they do not count as parse errors
    this.directives = new DirectiveHandler((pos, msg) => {
      const p = positionAt(this.s.lineStarts, pos);
      this.onError(pos, p.line, p.col, msg);
    });
    this.s = new Scanner(
      src,
      (offset, line, col, msg) => {
        this.errorAt(offset, line, col, msg);
      },
      {
        comments: options.comments === true,
        directive: (offset, blank, text) => {
          this.pragma = this.directives.directive(offset, blank, text, this.pragma);
        },
      },
    );
    this.next();
  }

  /** The pending directives, for the declaration that starts here. */
  private takePragma(): Pragma | null {
    const p = this.pragma;
    this.pragma = null;
    return p;
  }

  /** Reports pending directives as misplaced: the construct here takes none. */
  private clearPragma(): void {
    if (this.pragma !== null) {
      this.directives.checkUnused(this.pragma);
      this.pragma = null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens and errors

  /** The current token (a call, so that TypeScript does not narrow it across next()). */
  private tok(): Token {
    return this.s.tok;
  }

  /** End of a node that started at pos: just after the last consumed token (pos if it consumed none). */
  private fin(pos: Pos): Pos {
    return this.prevEnd > pos ? this.prevEnd : pos;
  }

  private next(): void {
    const s = this.s;
    if (!(s.tok === Token.SEMICOLON && s.lit !== 'semicolon')) this.prevEnd = s.end;
    s.next();
  }

  private got(t: Token): boolean {
    if (this.tok() === t) {
      this.next();
      return true;
    }
    return false;
  }

  private want(t: Token): void {
    if (!this.got(t)) {
      this.syntaxError(`expecting ${tokstring(t)}`);
      this.advance();
    }
  }

  /** Like got(ASSIGN) but also accepts := (and reports it). */
  private gotAssign(): boolean {
    switch (this.tok()) {
      case Token.DEFINE:
        this.syntaxError('expecting =');
        this.next();
        return true;
      case Token.ASSIGN:
        this.next();
        return true;
    }
    return false;
  }

  private errorAt(offset: number, line: number, col: number, msg: string): void {
    this.first = true;
    this.errcnt++;
    this.onError(offset, line, col, msg);
  }

  /** A plain (non-syntax) error at a byte offset. */
  private errorAtPos(pos: Pos, msg: string): void {
    const p = positionAt(this.s.lineStarts, pos);
    this.errorAt(pos, p.line, p.col, msg);
  }

  /** A plain error at the current token. */
  private error(msg: string): void {
    this.errorAt(this.s.pos, this.s.line, this.s.col, msg);
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAtLC(this.s.pos, this.s.line, this.s.col, msg);
  }

  private syntaxErrorAt(pos: Pos, msg: string): void {
    const p = positionAt(this.s.lineStarts, pos);
    this.syntaxErrorAtLC(pos, p.line, p.col, msg);
  }

  private syntaxErrorAtLC(pos: Pos, line: number, col: number, msg: string): void {
    if (this.tok() === Token.EOF && this.first) return; // avoid meaningless follow-up errors
    if (msg === '') {
      // nothing to add
    } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ` ${msg}`;
    } else if (msg.startsWith('expecting ')) {
      msg = `, ${msg}`;
    } else {
      // plain error: the current token does not matter
      this.errorAt(pos, line, col, `syntax error: ${msg}`);
      return;
    }
    this.errorAt(pos, line, col, `syntax error: unexpected ${this.tokDesc()}${msg}`);
  }

  /** The current token as syntax errors name it. */
  private tokDesc(): string {
    const s = this.s;
    switch (this.tok()) {
      case Token.IDENT:
      case Token.SEMICOLON:
        return s.lit;
      case Token.INT:
      case Token.FLOAT:
      case Token.IMAG:
      case Token.CHAR:
      case Token.STRING:
        return `literal ${s.lit}`;
      case Token.EOF:
        return 'EOF';
    }
    return tokstring(this.tok());
  }

  /**
   * Skips tokens until one in the follow list (or, inside a function, a statement keyword). With an empty
   * list exactly one token is consumed. EOF is never skipped.
   */
  private advance(...followlist: (Token | typeof OPERATOR_CLASS)[]): void {
    if (followlist.length === 0) {
      if (this.tok() !== Token.EOF) this.next();
      return;
    }
    const operators = followlist.includes(OPERATOR_CLASS);
    for (;;) {
      const t = this.tok();
      if (t === Token.EOF) return;
      if ((followlist as number[]).includes(t)) return;
      if (operators && isOperatorClass(t)) return;
      if (this.fnest > 0 && stopset.has(t)) return;
      this.next();
    }
  }

  private enter(): boolean {
    if (++this.depth > maxNesting) {
      this.depth--;
      this.syntaxError('nesting too deep');
      // consume the rest so that callers unwind quickly
      while (this.tok() !== Token.EOF) this.next();
      return false;
    }
    return true;
  }

  private leave(): void {
    this.depth--;
  }

  // ---------------------------------------------------------------------------------------------
  // Files

  /** SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . Null if the package clause is bad. */
  parseFile(): File | null {
    const s = this.s;
    const pos = s.pos;
    if (!this.got(Token.PACKAGE)) {
      this.syntaxError('package statement must be first');
      return null;
    }
    const pragma = this.takePragma();
    const name = this.name();
    this.want(Token.SEMICOLON);
    if (this.first) return null; // don't bother continuing if the package clause has errors

    const decls: Decl[] = [];
    const imports: ImportSpec[] = [];
    while (this.tok() === Token.IMPORT) {
      const d = this.genDecl('import', () => this.importSpec());
      for (const sp of d.specs) imports.push(sp as ImportSpec);
      decls.push(d);
      this.want(Token.SEMICOLON);
    }

    while (this.tok() !== Token.EOF) {
      switch (this.tok()) {
        case Token.CONST:
          decls.push(this.genDecl('const', (iota) => this.constSpec(iota)));
          break;
        case Token.TYPE:
          decls.push(this.genDecl('type', () => this.typeSpec()));
          break;
        case Token.VAR:
          decls.push(this.genDecl('var', () => this.varSpec()));
          break;
        case Token.FUNC: {
          const d = this.funcDeclOrNull();
          if (d) decls.push(d);
          break;
        }
        default: {
          const last = decls[decls.length - 1];
          if (this.tok() === Token.LBRACE && last?.kind === 'FuncDecl' && last.body === null) {
            // opening { of a function declaration on the next line
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
          continue;
        }
      }
      // Reset the pragma before consuming the ';': comments after it may be for the next declaration.
      this.clearPragma();
      if (this.tok() !== Token.EOF && !this.got(Token.SEMICOLON)) {
        this.syntaxError('after top level declaration');
        this.advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
      }
    }

    this.clearPragma();
    return {
      kind: 'File',
      pos,
      end: this.s.pos,
      filename: this.filename,
      package: pos,
      name,
      decls,
      imports,
      comments: s.comments,
      pragma,
      linknames: this.directives.linknames,
      lineStarts: s.lineStarts,
      size: s.pos,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Declarations

  /**
   * list = [ f { sep f } [sep] ] close . Calls f until it returns true or close (or EOF) is reached.
   * Returns the position of the closing token.
   */
  private list(context: string, sep: Token, close: Token, f: () => boolean): Pos {
    const s = this.s;
    let done = false;
    while (this.tok() !== Token.EOF && this.tok() !== close && !done) {
      done = f();
      // sep is optional before close
      if (!this.got(sep) && this.tok() !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
        if (this.tok() !== close) return s.pos;
      }
    }
    const pos = s.pos;
    this.want(close);
    return pos;
  }

  /** Keyword ( spec | "(" { spec ";" } ")" ); the keyword is the current token. */
  private genDecl(tok: GenDecl['tok'], f: (iota: number) => Spec | null): GenDecl {
    const s = this.s;
    const pos = s.pos;
    this.next();
    const specs: Spec[] = [];
    let lparen = NoPos;
    let rparen = NoPos;
    if (this.tok() === Token.LPAREN) {
      lparen = s.pos;
      this.clearPragma();
      this.next();
      let iota = 0;
      rparen = this.list('grouped declaration', Token.SEMICOLON, Token.RPAREN, () => {
        const x = f(iota++);
        if (x) specs.push(x);
        return false;
      });
    } else {
      const x = f(0);
      if (x) specs.push(x);
    }
    return { kind: 'GenDecl', pos, end: this.fin(pos), tok, lparen, specs, rparen };
  }

  /** ImportSpec = [ "." | PackageName ] ImportPath . */
  private importSpec(): ImportSpec {
    const s = this.s;
    const pos = s.pos;
    const pragma = this.takePragma();
    let name: Ident | null = null;
    if (this.tok() === Token.IDENT) name = this.name();
    else if (this.tok() === Token.PERIOD) {
      name = { kind: 'Ident', pos: s.pos, end: s.end, name: '.' };
      this.next();
    }
    let path = this.oliteral();
    if (path === null) {
      path = { kind: 'BasicLit', pos: s.pos, end: s.pos, litKind: 'STRING', value: '', bad: true };
      this.syntaxError('missing import path');
      this.advance(Token.SEMICOLON, Token.RPAREN);
      return { kind: 'ImportSpec', pos, end: this.fin(pos), name, path, pragma };
    }
    if (!path.bad && path.litKind !== 'STRING') {
      this.syntaxError('import path must be a string');
      path.bad = true;
    }
    return { kind: 'ImportSpec', pos, end: this.fin(pos), name, path, pragma };
  }

  /** ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
  private constSpec(iota: number): ValueSpec {
    const s = this.s;
    const pos = s.pos;
    const pragma = this.takePragma();
    const names = this.nameList(this.name());
    let type: Expr | null = null;
    let values: Expr[] = [];
    if (this.tok() !== Token.EOF && this.tok() !== Token.SEMICOLON && this.tok() !== Token.RPAREN) {
      type = this.typeOrNull();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', pos, end: this.fin(pos), names, type, values, iota, pragma };
  }

  /** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
  private varSpec(): ValueSpec {
    const pos = this.s.pos;
    const pragma = this.takePragma();
    const names = this.nameList(this.name());
    let type: Expr | null = null;
    let values: Expr[] = [];
    if (this.gotAssign()) values = this.exprList();
    else {
      type = this.type();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', pos, end: this.fin(pos), names, type, values, iota: 0, pragma };
  }

  /** TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
  private typeSpec(): TypeSpec {
    const s = this.s;
    const pos = s.pos;
    const pragma = this.takePragma();
    const name = this.name();
    let typeParams: FieldList | null = null;
    let assign = NoPos;
    let type: Expr | null = null;
    if (this.tok() === Token.LBRACK) {
      // array/slice type or type parameter list
      const lbrack = s.pos;
      this.next();
      if (this.tok() === Token.IDENT) {
        // An array length expression or the start of a type parameter list: parse an expression x and
        // see whether it splits into a parameter name and a constraint.
        let x: Expr = this.name();
        if (this.tok() !== Token.LBRACK) {
          this.xnest++;
          x = this.binaryExpr(this.pexpr(x), 0);
          this.xnest--;
        }
        const [pname, ptype] = extractName(x, this.tok() === Token.COMMA);
        if (pname !== null && (ptype !== null || this.tok() !== Token.RBRACK)) {
          typeParams = this.paramList(lbrack, pname, ptype, Token.RBRACK, true);
          if (this.tok() === Token.ASSIGN || this.tok() === Token.DEFINE) assign = this.s.pos;
          if (!this.gotAssign()) assign = NoPos;
          type = this.typeOrNull();
        } else {
          type = this.arrayType(lbrack, x);
        }
      } else if (this.tok() === Token.RBRACK) {
        this.next();
        type = this.sliceType(lbrack);
      } else {
        type = this.arrayType(lbrack, null);
      }
    } else {
      if (this.tok() === Token.ASSIGN || this.tok() === Token.DEFINE) assign = s.pos;
      if (!this.gotAssign()) assign = NoPos;
      type = this.typeOrNull();
    }
    if (type === null) {
      type = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance(Token.SEMICOLON, Token.RPAREN);
    }
    return { kind: 'TypeSpec', pos, end: this.fin(pos), name, typeParams, assign, type, pragma };
  }

  /**
   * FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
   * MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
   */
  private funcDeclOrNull(): FuncDecl | null {
    const s = this.s;
    const pos = s.pos;
    this.next(); // func
    const pragma = this.takePragma();
    let recv: FieldList | null = null;
    if (this.tok() === Token.LPAREN) {
      const lparen = s.pos;
      this.next();
      const rl = this.paramList(lparen, null, null, Token.RPAREN, false);
      const n = rl.list.reduce((k, f) => k + Math.max(1, f.names.length), 0);
      if (n === 0) {
        this.error('method has no receiver');
      } else {
        if (n > 1) this.error('method has multiple receivers');
        // like cmd/compile, keep the first receiver only
        const f0 = rl.list[0];
        rl.list = [f0.names.length > 1 ? { ...f0, names: [f0.names[0]] } : f0];
        recv = rl;
      }
    }

    if (this.tok() !== Token.IDENT) {
      this.syntaxError('expecting name or (');
      this.advance(Token.LBRACE, Token.SEMICOLON);
      return null;
    }
    const name = this.name();
    const type = this.funcType(recv !== null ? 'method' : '', pos);
    let body: BlockStmt | null = null;
    if (this.tok() === Token.LBRACE) body = this.funcBody();
    return { kind: 'FuncDecl', pos, end: this.fin(pos), recv, name, type, body, pragma };
  }

  private funcBody(): BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const body = this.blockStmt('');
    this.fnest--;
    // Branches are not checked when the function has errors (they could be spurious).
    if (this.doCheckBranches && errcnt === this.errcnt) {
      checkBranches(body, this.filename, this.s.lineStarts, (pos, msg) => {
        // reported straight to the handler, as cmd/compile does: they do not count as parse errors
        const p = positionAt(this.s.lineStarts, pos);
        this.onError(pos, p.line, p.col, msg);
      });
    }
    return body;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  expr(): Expr {
    return this.binaryExpr(null, 0);
  }

  /** Expression = UnaryExpr | Expression binary_op Expression . */
  private binaryExpr(x: Expr | null, prec: number): Expr {
    if (x === null) x = this.unaryExpr();
    const s = this.s;
    for (;;) {
      const tprec = precedence(this.tok());
      if (tprec <= prec) return x;
      const opPos = s.pos;
      const op = tokenText[this.tok()] as BinaryOp;
      this.next();
      if (!this.enter()) return x;
      const y = this.binaryExpr(null, tprec);
      this.leave();
      x = { kind: 'BinaryExpr', pos: x.pos, end: this.fin(x.pos), x, opPos, op, y };
    }
  }

  /** UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
  private unaryExpr(): Expr {
    const s = this.s;
    if (!this.enter()) return this.badExpr();
    try {
      switch (this.tok()) {
        case Token.MUL: {
          const pos = s.pos;
          this.next();
          const x = this.unaryExpr();
          return { kind: 'StarExpr', pos, end: this.fin(pos), x };
        }
        case Token.ADD:
        case Token.SUB:
        case Token.NOT:
        case Token.XOR:
        case Token.TILDE: {
          const pos = s.pos;
          const op = tokenText[this.tok()] as UnaryOp;
          this.next();
          const x = this.unaryExpr();
          return { kind: 'UnaryExpr', pos, end: this.fin(pos), op, x };
        }
        case Token.AND: {
          const pos = s.pos;
          this.next();
          // a parenthesised composite literal loses its parentheses, as in cmd/compile
          const x = unparen(this.unaryExpr());
          return { kind: 'UnaryExpr', pos, end: this.fin(pos), op: '&', x };
        }
        case Token.ARROW: {
          // receive op (<-x) or receive-only channel (<-chan E)
          const pos = s.pos;
          this.next();
          const x = this.unaryExpr();
          if (x.kind === 'ChanType') {
            // <-chan E: re-associate the arrow with the channel type parsed already
            let dir: ChanType['dir'] = 'send';
            let t: Expr = x;
            let arrow = pos;
            while (dir === 'send') {
              if (t.kind !== 'ChanType') break;
              const c: ChanType = t;
              dir = c.dir;
              if (dir === 'recv') {
                // <-<-chan E is not permitted
                this.syntaxError('unexpected <-, expecting chan');
              }
              const old = c.arrow;
              c.dir = 'recv';
              c.arrow = arrow;
              c.pos = arrow;
              arrow = old;
              t = c.value;
            }
            if (dir === 'send') {
              // the channel direction is <- but the element is not a channel
              this.syntaxError(`unexpected ${exprString(t)}, expecting chan`);
            }
            return x;
          }
          return { kind: 'UnaryExpr', pos, end: this.fin(pos), op: '<-', x };
        }
      }
      return this.pexpr(null);
    } finally {
      this.leave();
    }
  }

  /** go/defer: the call (which must not be parenthesised). */
  private callStmt(): Stmt {
    const s = this.s;
    const pos = s.pos;
    const tok = this.tok() === Token.GO ? 'go' : 'defer';
    this.next();
    let x = this.pexpr(null);
    const t = unparen(x);
    if (t !== x) {
      this.errorAtPos(syntaxPos(x), `expression in ${tok} must not be parenthesized`);
      x = t;
    }
    let call: CallExpr;
    if (x.kind === 'CallExpr') call = x;
    else {
      this.errorAtPos(syntaxPos(x), `expression in ${tok} must be function call`);
      // assume the common error of missing parentheses
      call = {
        kind: 'CallExpr',
        pos: x.pos,
        end: x.end,
        fun: x,
        lparen: NoPos,
        args: [],
        ellipsis: NoPos,
        rparen: NoPos,
      };
    }
    return tok === 'go'
      ? { kind: 'GoStmt', pos, end: this.fin(pos), call }
      : { kind: 'DeferStmt', pos, end: this.fin(pos), call };
  }

  /** Operand = Literal | OperandName | MethodExpr | "(" Expression ")" . */
  private operand(): Expr {
    const s = this.s;
    switch (this.tok()) {
      case Token.IDENT:
        return this.name();
      case Token.INT:
      case Token.FLOAT:
      case Token.IMAG:
      case Token.CHAR:
      case Token.STRING:
        return this.oliteral()!;
      case Token.LPAREN: {
        const pos = s.pos;
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        this.want(Token.RPAREN);
        return { kind: 'ParenExpr', pos, end: this.fin(pos), x };
      }
      case Token.FUNC: {
        const pos = s.pos;
        this.next();
        const type = this.funcType('function type', pos);
        if (this.tok() === Token.LBRACE) {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return { kind: 'FuncLit', pos, end: this.fin(pos), type, body };
        }
        return type;
      }
      case Token.LBRACK:
      case Token.CHAN:
      case Token.MAP:
      case Token.STRUCT:
      case Token.INTERFACE:
        return this.type();
      default: {
        const x = this.badExpr();
        this.syntaxError('expecting expression');
        this.advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
        return x;
      }
    }
  }

  /**
   * PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index | PrimaryExpr Slice |
   *               PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
   */
  private pexpr(x: Expr | null): Expr {
    const s = this.s;
    if (x === null) x = this.operand();
    for (;;) {
      const pos = s.pos;
      switch (this.tok()) {
        case Token.PERIOD: {
          this.next();
          if (this.tok() === Token.IDENT) {
            const sel = this.name();
            x = { kind: 'SelectorExpr', pos: x.pos, end: this.fin(x.pos), x, dot: pos, sel };
          } else if (this.tok() === Token.LPAREN) {
            const lparen = s.pos;
            this.next();
            let type: Expr | null = null;
            if (!this.got(Token.TYPE)) type = this.type();
            const rparen = s.pos;
            this.want(Token.RPAREN);
            x = {
              kind: 'TypeAssertExpr',
              pos: x.pos,
              end: this.fin(x.pos),
              x,
              dot: pos,
              lparen,
              type,
              rparen,
            };
          } else {
            this.syntaxError('expecting name or (');
            this.advance(Token.SEMICOLON, Token.RPAREN);
          }
          continue;
        }
        case Token.LBRACK: {
          this.next();
          if (this.tok() === Token.RBRACK) {
            // invalid empty instance, slice or index expression; accept but complain
            this.syntaxError('expecting operand');
            this.next();
            continue;
          }
          let i: Expr | null = null;
          if (this.tok() !== Token.COLON) {
            const [list, comma] = this.typeList();
            if (comma || this.tok() === Token.RBRACK) {
              const rbrack = s.pos;
              this.want(Token.RBRACK);
              x =
                list.length === 1
                  ? {
                      kind: 'IndexExpr',
                      pos: x.pos,
                      end: this.fin(x.pos),
                      x,
                      lbrack: pos,
                      index: list[0],
                      rbrack,
                    }
                  : {
                      kind: 'IndexListExpr',
                      pos: x.pos,
                      end: this.fin(x.pos),
                      x,
                      lbrack: pos,
                      indices: list,
                      rbrack,
                    };
              continue;
            }
            i = list[0];
          }
          // x[i:...
          if (!this.got(Token.COLON)) {
            this.syntaxError('expecting comma, : or ]');
            this.advance(Token.COMMA, Token.COLON, Token.RBRACK);
          }
          this.xnest++;
          let high: Expr | null = null;
          let max: Expr | null = null;
          let slice3 = false;
          if (this.tok() !== Token.COLON && this.tok() !== Token.RBRACK) high = this.expr();
          if (this.tok() === Token.COLON) {
            slice3 = true;
            if (high === null) {
              this.error('middle index required in 3-index slice');
              high = this.badExpr();
            }
            this.next();
            if (this.tok() !== Token.RBRACK) max = this.expr();
            else {
              this.error('final index required in 3-index slice');
              max = this.badExpr();
            }
          }
          this.xnest--;
          const rbrack = s.pos;
          this.want(Token.RBRACK);
          x = {
            kind: 'SliceExpr',
            pos: x.pos,
            end: this.fin(x.pos),
            x,
            lbrack: pos,
            low: i,
            high,
            max,
            slice3,
            rbrack,
          };
          continue;
        }
        case Token.LPAREN: {
          this.next();
          const [args, ellipsis, rparen] = this.argList();
          x = {
            kind: 'CallExpr',
            pos: x.pos,
            end: this.fin(x.pos),
            fun: x,
            lparen: pos,
            args,
            ellipsis,
            rparen,
          };
          continue;
        }
        case Token.LBRACE: {
          // operand may have returned a parenthesised complit type; accept it but complain
          const t = unparen(x);
          // does the { belong to a composite literal or to a block?
          let complitOk = false;
          switch (t.kind) {
            case 'Ident':
            case 'SelectorExpr':
              complitOk = this.xnest >= 0;
              break;
            case 'IndexExpr':
            case 'IndexListExpr':
              complitOk = this.xnest >= 0 && !isValue(t);
              break;
            case 'ArrayType':
            case 'SliceType':
            case 'StructType':
            case 'MapType':
              complitOk = true;
              break;
          }
          if (!complitOk) return x;
          if (t !== x) this.syntaxError('cannot parenthesize type in composite literal');
          const n = this.complitexpr();
          n.type = x;
          n.pos = x.pos;
          x = n;
          continue;
        }
        default:
          return x;
      }
    }
  }

  /** Element = Expression | LiteralValue . */
  private bareComplitexpr(): Expr {
    if (this.tok() === Token.LBRACE) return this.complitexpr();
    return this.expr();
  }

  /** LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
  private complitexpr(): CompositeLit {
    const s = this.s;
    const lbrace = s.pos;
    const x: CompositeLit = {
      kind: 'CompositeLit',
      pos: lbrace,
      end: lbrace,
      type: null,
      lbrace,
      elts: [],
      rbrace: NoPos,
    };
    if (!this.enter()) return x;
    this.xnest++;
    this.want(Token.LBRACE);
    x.rbrace = this.list('composite literal', Token.COMMA, Token.RBRACE, () => {
      let e = this.bareComplitexpr();
      if (this.tok() === Token.COLON) {
        const colon = s.pos;
        this.next();
        const value = this.bareComplitexpr();
        e = { kind: 'KeyValueExpr', pos: e.pos, end: this.fin(e.pos), key: e, colon, value };
      }
      x.elts.push(e);
      return false;
    });
    this.xnest--;
    this.leave();
    x.end = this.fin(x.pos);
    return x;
  }

  // ---------------------------------------------------------------------------------------------
  // Types

  private type(): Expr {
    const t = this.typeOrNull();
    if (t !== null) return t;
    const b = this.badExpr();
    this.syntaxError('expecting type');
    this.advance(Token.COMMA, Token.COLON, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
    return b;
  }

  /**
   * Type = TypeName | TypeLit | "(" Type ")" . Returns null when there is no type (without an error).
   * Parentheses around a type are not kept (as in cmd/compile).
   */
  private typeOrNull(): Expr | null {
    if (!this.enter()) return this.badExpr();
    try {
      return this.typeOrNullInner();
    } finally {
      this.leave();
    }
  }

  private typeOrNullInner(): Expr | null {
    const s = this.s;
    const pos = s.pos;
    switch (this.tok()) {
      case Token.MUL: {
        this.next();
        const x = this.type();
        return { kind: 'StarExpr', pos, end: this.fin(pos), x };
      }
      case Token.ARROW: {
        this.next();
        this.want(Token.CHAN);
        const value = this.chanElem();
        return { kind: 'ChanType', pos, end: this.fin(pos), dir: 'recv', arrow: pos, value };
      }
      case Token.FUNC:
        this.next();
        return this.funcType('function type', pos);
      case Token.LBRACK:
        this.next();
        if (this.got(Token.RBRACK)) return this.sliceType(pos);
        return this.arrayType(pos, null);
      case Token.CHAN: {
        this.next();
        let dir: ChanType['dir'] = 'both';
        let arrow = NoPos;
        if (this.tok() === Token.ARROW) {
          arrow = s.pos;
          this.next();
          dir = 'send';
        }
        const value = this.chanElem();
        return { kind: 'ChanType', pos, end: this.fin(pos), dir, arrow, value };
      }
      case Token.MAP: {
        this.next();
        this.want(Token.LBRACK);
        const key = this.type();
        this.want(Token.RBRACK);
        const value = this.type();
        return { kind: 'MapType', pos, end: this.fin(pos), key, value };
      }
      case Token.STRUCT:
        return this.structType();
      case Token.INTERFACE:
        return this.interfaceType();
      case Token.IDENT:
        return this.qualifiedName(null);
      case Token.LPAREN: {
        this.next();
        const t = this.type();
        this.want(Token.RPAREN);
        return t;
      }
    }
    return null;
  }

  private typeInstance(typ: Expr): Expr {
    const s = this.s;
    const lbrack = s.pos;
    this.want(Token.LBRACK);
    let list: Expr[];
    if (this.tok() === Token.RBRACK) {
      this.syntaxError('expecting type');
      list = [this.badExpr()];
    } else {
      list = this.typeList()[0];
    }
    const rbrack = s.pos;
    this.want(Token.RBRACK);
    return list.length === 1
      ? { kind: 'IndexExpr', pos: typ.pos, end: this.fin(typ.pos), x: typ, lbrack, index: list[0], rbrack }
      : {
          kind: 'IndexListExpr',
          pos: typ.pos,
          end: this.fin(typ.pos),
          x: typ,
          lbrack,
          indices: list,
          rbrack,
        };
  }

  /**
   * The signature after `func` (and after the name of a function or method). If context is not empty,
   * type parameters are reported as not permitted there ("method must have no type parameters").
   */
  private funcType(context: string, funcPos: Pos): FuncType {
    const s = this.s;
    const pos = s.pos;
    let typeParams: FieldList | null = null;
    if (this.tok() === Token.LBRACK) {
      const lbrack = s.pos;
      this.next();
      if (context !== '') this.syntaxErrorAt(pos, `${context} must have no type parameters`);
      if (this.tok() === Token.RBRACK) {
        this.syntaxError('empty type parameter list');
        this.next();
      } else {
        typeParams = this.paramList(lbrack, null, null, Token.RBRACK, true);
      }
    }
    const lparen = s.pos;
    this.want(Token.LPAREN);
    const params = this.paramList(lparen, null, null, Token.RPAREN, false);
    const results = this.funcResult();
    return {
      kind: 'FuncType',
      pos: funcPos !== NoPos ? funcPos : pos,
      end: this.fin(funcPos !== NoPos ? funcPos : pos),
      func: funcPos,
      typeParams,
      params,
      results,
    };
  }

  /** "[" has been consumed at pos; len is the already parsed length, if any. */
  private arrayType(pos: Pos, len: Expr | null): Expr {
    const s = this.s;
    if (len === null) {
      if (this.tok() === Token.ELLIPSIS) {
        len = { kind: 'Ellipsis', pos: s.pos, end: s.end, elt: null };
        this.next();
      } else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.tok() === Token.COMMA) {
      // trailing commas are accepted in type parameter lists but not in array types
      this.syntaxError('unexpected comma; expecting ]');
      this.next();
    }
    this.want(Token.RBRACK);
    const elt = this.type();
    return { kind: 'ArrayType', pos, end: this.fin(pos), len, elt };
  }

  /** "[" "]" have been consumed; pos is the "[". */
  private sliceType(pos: Pos): Expr {
    const elt = this.type();
    return { kind: 'SliceType', pos, end: this.fin(pos), elt };
  }

  private chanElem(): Expr {
    const t = this.typeOrNull();
    if (t !== null) return t;
    const b = this.badExpr();
    this.syntaxError('missing channel element type');
    return b;
  }

  /** StructType = "struct" "{" { FieldDecl ";" } "}" . */
  private structType(): StructType {
    const s = this.s;
    const pos = s.pos;
    this.want(Token.STRUCT);
    const lbrace = s.pos;
    this.want(Token.LBRACE);
    const fields: Field[] = [];
    const rbrace = this.list('struct type', Token.SEMICOLON, Token.RBRACE, () => {
      this.fieldDecl(fields);
      return false;
    });
    return {
      kind: 'StructType',
      pos,
      end: this.fin(pos),
      fields: {
        kind: 'FieldList',
        pos: lbrace,
        end: this.fin(lbrace),
        opening: lbrace,
        list: fields,
        closing: rbrace,
      },
    };
  }

  /** InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" . */
  private interfaceType(): InterfaceType {
    const s = this.s;
    const pos = s.pos;
    this.want(Token.INTERFACE);
    const lbrace = s.pos;
    this.want(Token.LBRACE);
    const methods: Field[] = [];
    const rbrace = this.list('interface type', Token.SEMICOLON, Token.RBRACE, () => {
      let f: Field | null = null;
      if (this.tok() === Token.IDENT) f = this.methodDecl();
      if (f === null || f.names.length === 0) f = this.embeddedElem(f);
      methods.push(f);
      return false;
    });
    return {
      kind: 'InterfaceType',
      pos,
      end: this.fin(pos),
      methods: {
        kind: 'FieldList',
        pos: lbrace,
        end: this.fin(lbrace),
        opening: lbrace,
        list: methods,
        closing: rbrace,
      },
    };
  }

  /** Result = Parameters | Type . */
  private funcResult(): FieldList | null {
    const s = this.s;
    if (this.tok() === Token.LPAREN) {
      const lparen = s.pos;
      this.next();
      return this.paramList(lparen, null, null, Token.RPAREN, false);
    }
    const pos = s.pos;
    const t = this.typeOrNull();
    if (t === null) return null;
    const f: Field = { kind: 'Field', pos, end: this.fin(pos), names: [], type: t, tag: null };
    return { kind: 'FieldList', pos, end: this.fin(pos), opening: NoPos, list: [f], closing: NoPos };
  }

  private addField(fields: Field[], pos: Pos, names: Ident[], type: Expr, tag: BasicLit | null): void {
    fields.push({ kind: 'Field', pos, end: this.fin(pos), names, type, tag });
  }

  /** FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
  private fieldDecl(fields: Field[]): void {
    const s = this.s;
    const pos = s.pos;
    switch (this.tok()) {
      case Token.IDENT: {
        const name = this.name();
        if (
          this.tok() === Token.PERIOD ||
          isLiteralTok(this.tok()) ||
          this.tok() === Token.SEMICOLON ||
          this.tok() === Token.RBRACE
        ) {
          // embedded type
          const typ = this.qualifiedName(name);
          const tag = this.oliteral();
          this.addField(fields, pos, [], typ, tag);
          return;
        }
        // name1, name2, ... Type [ tag ]
        const names = this.nameList(name);
        let typ: Expr;
        // An embedded instantiated type T[P1, P2, ...] or a field T of array/slice type [P]E or []E?
        if (names.length === 1 && this.tok() === Token.LBRACK) {
          typ = this.arrayOrTArgs();
          if (typ.kind === 'IndexExpr' || typ.kind === 'IndexListExpr') {
            typ.x = name;
            typ.pos = name.pos;
            const tag = this.oliteral();
            this.addField(fields, pos, [], typ, tag);
            return;
          }
        } else {
          typ = this.type();
        }
        const tag = this.oliteral();
        this.addField(fields, pos, names, typ, tag);
        return;
      }
      case Token.MUL: {
        this.next();
        let typ: Expr;
        if (this.tok() === Token.LPAREN) {
          // *(T)
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          typ = this.qualifiedName(null);
          this.got(Token.RPAREN);
        } else {
          typ = this.qualifiedName(null);
        }
        const tag = this.oliteral();
        this.addField(fields, pos, [], { kind: 'StarExpr', pos, end: typ.end, x: typ }, tag);
        return;
      }
      case Token.LPAREN: {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let typ: Expr;
        if (this.tok() === Token.MUL) {
          // (*T)
          const spos = s.pos;
          this.next();
          const x = this.qualifiedName(null);
          typ = { kind: 'StarExpr', pos: spos, end: x.end, x };
        } else {
          typ = this.qualifiedName(null);
        }
        this.got(Token.RPAREN);
        const tag = this.oliteral();
        this.addField(fields, pos, [], typ, tag);
        return;
      }
      default:
        this.syntaxError('expecting field name or embedded type');
        this.advance(Token.SEMICOLON, Token.RBRACE);
    }
  }

  /** After a field name: [n]E (array), [] E (slice) or [T1, T2] (type arguments; x filled by the caller). */
  private arrayOrTArgs(): Expr {
    const s = this.s;
    const pos = s.pos;
    this.want(Token.LBRACK);
    if (this.got(Token.RBRACK)) return this.sliceType(pos);
    // x [n]E or x[n,], x[n1, n2], ...
    const [list, comma] = this.typeList();
    const rbrack = s.pos;
    this.want(Token.RBRACK);
    if (!comma) {
      const elt = this.typeOrNull();
      if (elt !== null) return { kind: 'ArrayType', pos, end: this.fin(pos), len: list[0], elt };
    }
    const placeholder = this.badExpr();
    return list.length === 1
      ? { kind: 'IndexExpr', pos, end: this.fin(pos), x: placeholder, lbrack: pos, index: list[0], rbrack }
      : {
          kind: 'IndexListExpr',
          pos,
          end: this.fin(pos),
          x: placeholder,
          lbrack: pos,
          indices: list,
          rbrack,
        };
  }

  private oliteral(): BasicLit | null {
    const s = this.s;
    if (isLiteralTok(this.tok())) {
      const b: BasicLit = {
        kind: 'BasicLit',
        pos: s.pos,
        end: s.end,
        litKind: s.litKind,
        value: s.lit,
        bad: s.bad,
      };
      this.next();
      return b;
    }
    return null;
  }

  /** MethodSpec = MethodName Signature | InterfaceTypeName . */
  private methodDecl(): Field {
    const s = this.s;
    const pos = s.pos;
    const name = this.name();
    const context = 'interface method';
    const field = (names: Ident[], type: Expr): Field => ({
      kind: 'Field',
      pos,
      end: this.fin(pos),
      names,
      type,
      tag: null,
    });
    switch (this.tok()) {
      case Token.LPAREN:
        return field([name], this.funcType(context, NoPos));
      case Token.LBRACK: {
        // a generic method m[T C](x T) (not permitted) or an embedded instantiated type T[P1, P2]
        const lbrack = s.pos;
        this.next();
        if (this.tok() === Token.RBRACK) {
          // name[]
          const rpos = s.pos;
          this.next();
          if (this.tok() === Token.LPAREN) {
            this.errorAtPos(rpos, 'empty type parameter list');
            return field([name], this.funcType(context, NoPos));
          }
          this.errorAtPos(rpos, 'empty type argument list');
          return field([], name);
        }
        // A type argument list looks like a parameter list with only types.
        const list = this.paramList(lbrack, null, null, Token.RBRACK, false);
        if (list.list.length === 0) {
          if (this.tok() === Token.LPAREN) return field([name], this.funcType(context, NoPos));
          return field([], name);
        }
        if (list.list[0].names.length > 0) {
          // generic method
          const ft = this.funcType(context, NoPos);
          this.errorAtPos(lbrack, 'interface method must have no type parameters');
          return field([name], ft);
        }
        // embedded instantiated type
        const types = list.list.map((f) => f.type);
        const t: Expr =
          types.length === 1
            ? {
                kind: 'IndexExpr',
                pos: name.pos,
                end: this.fin(name.pos),
                x: name,
                lbrack,
                index: types[0],
                rbrack: list.closing,
              }
            : {
                kind: 'IndexListExpr',
                pos: name.pos,
                end: this.fin(name.pos),
                x: name,
                lbrack,
                indices: types,
                rbrack: list.closing,
              };
        return field([], t);
      }
      default:
        // embedded type
        return field([], this.qualifiedName(name));
    }
  }

  /** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
  private embeddedElem(f: Field | null): Field {
    const s = this.s;
    if (f === null) {
      const pos = s.pos;
      const type = this.embeddedTerm();
      f = { kind: 'Field', pos, end: this.fin(pos), names: [], type, tag: null };
    }
    while (this.tok() === Token.OR) {
      const opPos = s.pos;
      this.next();
      const y = this.embeddedTerm();
      f.type = {
        kind: 'BinaryExpr',
        pos: f.type.pos,
        end: this.fin(f.type.pos),
        x: f.type,
        opPos,
        op: '|',
        y,
      };
      f.end = this.fin(f.pos);
    }
    return f;
  }

  /** EmbeddedTerm = [ "~" ] Type . */
  private embeddedTerm(): Expr {
    const s = this.s;
    if (this.tok() === Token.TILDE) {
      const pos = s.pos;
      this.next();
      const x = this.type();
      return { kind: 'UnaryExpr', pos, end: this.fin(pos), op: '~', x };
    }
    const t = this.typeOrNull();
    if (t !== null) return t;
    const b = this.badExpr();
    this.syntaxError('expecting ~ term or type');
    this.advance(OPERATOR_CLASS, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
    return b;
  }

  /** ParameterDecl = [ IdentifierList ] [ "..." ] Type . */
  private paramDeclOrNull(name: Ident | null, follow: Token): Param | null {
    const s = this.s;
    // type set notation is ok in type parameter lists
    const typeSetsOk = follow === Token.RBRACK;

    let pos = s.pos;
    if (name !== null) pos = name.pos;
    else if (typeSetsOk && this.tok() === Token.TILDE) {
      // "~" ...
      const f = this.embeddedElem(null);
      return { pos: f.pos, name: null, type: f.type };
    }

    const f: Param = { pos, name: null, type: null };
    /** Continues f's type as a union: type "|" term { "|" term } (the name, if any, stays). */
    const union = (): Param => {
      f.type = this.embeddedElem({
        kind: 'Field',
        pos: f.pos,
        end: this.fin(f.pos),
        names: [],
        type: f.type!,
        tag: null,
      }).type;
      return f;
    };

    if (this.tok() === Token.IDENT || name !== null) {
      if (name === null) name = this.name();

      if (this.tok() === Token.LBRACK) {
        // name "[" ...
        const t = this.arrayOrTArgs();
        if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
          // name "[" ... "]"
          t.x = name;
          t.pos = name.pos;
        } else {
          // name "[" n "]" E
          f.name = name;
        }
        f.type = t;
        // name "[" ... "]" "|" ...   or   name "[" n "]" E "|" ...
        if (typeSetsOk && this.tok() === Token.OR) return union();
        return f;
      }

      if (this.tok() === Token.PERIOD) {
        // name "." ...
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.tok() === Token.OR) return union();
        return f;
      }

      if (typeSetsOk && this.tok() === Token.OR) {
        // name "|" ...
        f.type = name;
        return union();
      }

      f.name = name;
    }

    if (this.tok() === Token.ELLIPSIS) {
      // [name] "..." ...
      const dpos = s.pos;
      this.next();
      let elt = this.typeOrNull();
      if (elt === null) {
        elt = this.badExpr();
        this.syntaxError('... is missing type');
      }
      f.type = { kind: 'Ellipsis', pos: dpos, end: this.fin(dpos), elt };
      return f;
    }

    if (typeSetsOk && this.tok() === Token.TILDE) {
      // [name] "~" ...
      f.type = this.embeddedElem(null).type;
      return f;
    }

    f.type = this.typeOrNull();
    if (typeSetsOk && this.tok() === Token.OR && f.type !== null) {
      // [name] type "|"
      union();
    }
    if (f.name !== null || f.type !== null) return f;

    this.syntaxError(`expecting ${tokstring(follow)}`);
    this.advance(Token.COMMA, follow);
    return null;
  }

  /**
   * Parameters = "(" [ ParameterList [ "," ] ] ")" ; the opening token (at `opening`) has been consumed.
   * name and typ, if given, are the already parsed first parameter name and type. Either all parameters
   * get names or none (types are distributed right to left, as in `a, b int`).
   */
  private paramList(
    opening: Pos,
    name: Ident | null,
    typ: Expr | null,
    close: Token,
    requireNames: boolean,
  ): FieldList {
    const s = this.s;
    if (!this.enter()) {
      return {
        kind: 'FieldList',
        pos: opening,
        end: this.fin(opening),
        opening,
        list: [],
        closing: this.prevEnd,
      };
    }
    try {
      // If we have a complete first field at the end of the list, handle it here.
      if (name !== null && typ !== null && this.tok() === close) {
        const closing = s.pos;
        this.next();
        const par: Param = { pos: name.pos, name, type: typ };
        return this.fieldList(opening, [par], closing);
      }

      const list: Param[] = [];
      let named = 0; // parameters with an explicit name and type
      let typed = 0; // parameters with an explicit type
      const end = this.list('parameter list', Token.COMMA, close, () => {
        let par: Param | null;
        if (typ !== null) {
          par = { pos: name!.pos, name, type: typ };
        } else {
          par = this.paramDeclOrNull(name, close);
        }
        name = null;
        typ = null;
        if (par !== null) {
          if (par.name !== null && par.type !== null) named++;
          if (par.type !== null) typed++;
          list.push(par);
        }
        return false;
      });

      if (list.length === 0) return this.fieldList(opening, list, end);

      if (named === 0 && !requireNames) {
        // all unnamed => found names are named types
        for (const par of list) {
          if (par.name !== null) {
            par.type = par.name;
            par.name = null;
          }
        }
      } else if (named !== list.length) {
        // some named => all must have names and types
        let errPos = NoPos; // left-most error position
        let t: Expr | null = null; // current type (from right to left)
        for (let i = list.length - 1; i >= 0; i--) {
          const par = list[i];
          if (par.type !== null) {
            t = par.type;
            if (par.name === null) {
              errPos = syntaxStartPos(t);
              par.name = { kind: 'Ident', pos: errPos, end: errPos, name: '_' };
            }
          } else if (t !== null) {
            par.type = t;
          } else {
            // only a name
            errPos = par.name!.pos;
            par.type = { kind: 'BadExpr', pos: errPos, end: par.name!.end };
          }
        }
        if (errPos !== NoPos) {
          let msg: string;
          if (requireNames) {
            if (named === typed) {
              errPos = end; // at the closing ]
              msg = 'missing type constraint';
            } else {
              msg = 'type parameters must be named';
            }
          } else {
            msg = 'mixed named and unnamed parameters';
          }
          this.syntaxErrorAt(errPos, msg);
        }
      }
      return this.fieldList(opening, list, end);
    } finally {
      this.leave();
    }
  }

  /** Groups consecutive named parameters that share one type node (a, b int) into go/ast Fields. */
  private fieldList(opening: Pos, params: Param[], closing: Pos): FieldList {
    const list: Field[] = [];
    for (const p of params) {
      const type = p.type ?? { kind: 'BadExpr', pos: p.pos, end: p.pos };
      const last = list[list.length - 1];
      if (p.name !== null && last !== undefined && last.names.length > 0 && last.type === p.type) {
        last.names.push(p.name);
        continue;
      }
      list.push({
        kind: 'Field',
        pos: p.pos,
        end: Math.max(type.end, p.name?.end ?? 0),
        names: p.name ? [p.name] : [],
        type,
        tag: null,
      });
    }
    return { kind: 'FieldList', pos: opening, end: this.fin(opening), opening, list, closing };
  }

  private badExpr(): Expr {
    return { kind: 'BadExpr', pos: this.s.pos, end: this.s.pos };
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  /** SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl . */
  private simpleStmt(lhs: Expr[] | null, keyword: Token | 0): SimpleStmt {
    const s = this.s;
    if (keyword === Token.FOR && this.tok() === Token.RANGE) {
      // _Range expr
      return this.rangeClause(null, false, NoPos);
    }
    if (lhs === null) lhs = this.exprList();

    if (lhs.length === 1 && this.tok() !== Token.ASSIGN && this.tok() !== Token.DEFINE) {
      const x = lhs[0];
      const pos = s.pos;
      switch (this.tok()) {
        case Token.ADD_ASSIGN:
        case Token.SUB_ASSIGN:
        case Token.MUL_ASSIGN:
        case Token.QUO_ASSIGN:
        case Token.REM_ASSIGN:
        case Token.AND_ASSIGN:
        case Token.OR_ASSIGN:
        case Token.XOR_ASSIGN:
        case Token.SHL_ASSIGN:
        case Token.SHR_ASSIGN:
        case Token.AND_NOT_ASSIGN: {
          // lhs op= rhs
          const tok = tokenText[this.tok()] as AssignOp;
          this.next();
          const y = this.expr();
          return {
            kind: 'AssignStmt',
            pos: x.pos,
            end: this.fin(x.pos),
            lhs: [x],
            tokPos: pos,
            tok,
            rhs: [y],
          };
        }
        case Token.INC:
        case Token.DEC: {
          const tok = this.tok() === Token.INC ? '++' : '--';
          this.next();
          return { kind: 'IncDecStmt', pos: x.pos, end: this.fin(x.pos), x, tokPos: pos, tok };
        }
        case Token.ARROW: {
          // lhs <- rhs
          this.next();
          const value = this.expr();
          return { kind: 'SendStmt', pos: x.pos, end: this.fin(x.pos), chan: x, arrow: pos, value };
        }
        default:
          return { kind: 'ExprStmt', pos: x.pos, end: x.end, x };
      }
    }

    // expr_list
    if (this.tok() === Token.ASSIGN || this.tok() === Token.DEFINE) {
      const pos = s.pos;
      const def = this.tok() === Token.DEFINE;
      this.next();
      if (keyword === Token.FOR && this.tok() === Token.RANGE) {
        // expr_list op= _Range expr
        return this.rangeClause(lhs, def, pos);
      }
      // expr_list op= expr_list
      const rhs = this.exprList();
      if (
        rhs.length === 1 &&
        rhs[0].kind === 'TypeAssertExpr' &&
        rhs[0].type === null &&
        keyword === Token.SWITCH &&
        def &&
        lhs.length === 1 &&
        lhs[0].kind === 'Ident'
      ) {
        // switch … lhs := rhs.(type)
        const guard = rhs[0];
        this.guardLhs.set(guard, { lhs: lhs[0], tokPos: pos });
        return { kind: 'ExprStmt', pos: lhs[0].pos, end: this.fin(lhs[0].pos), x: guard };
      }
      return {
        kind: 'AssignStmt',
        pos: lhs[0].pos,
        end: this.fin(lhs[0].pos),
        lhs,
        tokPos: pos,
        tok: def ? ':=' : '=',
        rhs,
      };
    }
    this.syntaxError('expecting := or = or comma');
    this.advance(Token.SEMICOLON, Token.RBRACE);
    // make the best of what we have
    const x = lhs[0];
    return { kind: 'ExprStmt', pos: x.pos, end: x.end, x };
  }

  private rangeClause(lhs: Expr[] | null, def: boolean, tokPos: Pos): RangeClause {
    const pos = this.s.pos;
    this.next(); // range
    const x = this.expr();
    return { kind: 'RangeClause', pos, lhs, def, tokPos, x };
  }

  private labeledStmtOrNull(label: Ident): Stmt | null {
    const s = this.s;
    const colon = s.pos;
    this.want(Token.COLON);
    if (this.tok() === Token.RBRACE) {
      // A statement must follow a label; before a } it is an (implicit) empty statement.
      const e: Stmt = { kind: 'EmptyStmt', pos: s.pos, end: s.pos, implicit: true };
      return { kind: 'LabeledStmt', pos: label.pos, end: this.fin(label.pos), label, colon, stmt: e };
    }
    const stmt = this.stmtOrNull();
    if (stmt !== null)
      return { kind: 'LabeledStmt', pos: label.pos, end: this.fin(label.pos), label, colon, stmt };
    // report the error at the line of the ':'
    this.syntaxErrorAt(colon, 'missing statement after label');
    return null;
  }

  /** A block; context names what the block belongs to ("if clause") unless the current token is {. */
  private blockStmt(context: string): BlockStmt {
    const s = this.s;
    const lbrace = s.pos;
    // people coming from C may forget that braces are mandatory in Go
    if (!this.got(Token.LBRACE)) {
      this.syntaxError(`expecting { after ${context}`);
      this.advance(Token.IDENT, Token.RBRACE);
      const rbrace = s.pos;
      if (this.got(Token.RBRACE))
        return { kind: 'BlockStmt', pos: lbrace, end: this.fin(lbrace), lbrace, list: [], rbrace };
    }
    const list = this.stmtList();
    const rbrace = s.pos;
    this.want(Token.RBRACE);
    return { kind: 'BlockStmt', pos: lbrace, end: this.fin(lbrace), lbrace, list, rbrace };
  }

  private declStmt(tok: 'const' | 'type' | 'var'): Stmt {
    const pos = this.s.pos;
    const decl =
      tok === 'const'
        ? this.genDecl('const', (iota) => this.constSpec(iota))
        : tok === 'type'
          ? this.genDecl('type', () => this.typeSpec())
          : this.genDecl('var', () => this.varSpec());
    return { kind: 'DeclStmt', pos, end: this.fin(pos), decl };
  }

  private forStmt(): Stmt {
    const pos = this.s.pos;
    const [init, cond, post] = this.header(Token.FOR);
    const body = this.blockStmt('for clause');
    if (init !== null && init.kind === 'RangeClause') {
      const lhs = init.lhs ?? [];
      return {
        kind: 'RangeStmt',
        pos,
        end: this.fin(pos),
        key: lhs[0] ?? null,
        value: lhs[1] ?? null,
        extra: lhs.slice(2),
        tokPos: init.tokPos,
        tok: init.lhs === null ? null : init.def ? ':=' : '=',
        rangePos: init.pos,
        x: init.x,
        body,
      };
    }
    return {
      kind: 'ForStmt',
      pos,
      end: this.fin(pos),
      init: init as Stmt | null,
      cond,
      post: post as Stmt | null,
      body,
    };
  }

  /** The header of if, for and switch: [init ;] cond, or init; cond; post for for. */
  private header(keyword: Token): [SimpleStmt | null, Expr | null, SimpleStmt | null] {
    const s = this.s;
    this.next(); // keyword
    let init: SimpleStmt | null = null;
    let cond: Expr | null = null;
    let post: SimpleStmt | null = null;

    if (this.tok() === Token.LBRACE) {
      if (keyword === Token.IF) {
        this.syntaxError('missing condition in if statement');
        cond = this.badExpr();
      }
      return [init, cond, post];
    }

    const outer = this.xnest;
    this.xnest = -1; // composite literals need parentheses here

    if (this.tok() !== Token.SEMICOLON) {
      // accept a potential var declaration but complain
      if (this.got(Token.VAR)) {
        this.syntaxError(`var declaration not allowed in ${tokstring(keyword)} initializer`);
      }
      init = this.simpleStmt(null, keyword);
      // a range clause ends the header (only for `for`)
      if (init.kind === 'RangeClause') {
        this.xnest = outer;
        return [init, null, null];
      }
    }

    let condStmt: SimpleStmt | null = null;
    let semiPos = NoPos;
    let semiLit = '';
    if (this.tok() !== Token.LBRACE) {
      if (this.tok() === Token.SEMICOLON) {
        semiPos = s.pos;
        semiLit = s.lit;
        this.next();
      } else {
        // asking for a '{' rather than a ';' here leads to a better error message
        this.want(Token.LBRACE);
        if (this.tok() !== Token.LBRACE) this.advance(Token.LBRACE, Token.RBRACE);
      }
      if (keyword === Token.FOR) {
        if (this.tok() === Token.LBRACE) {
          this.syntaxError('expecting for loop condition');
        } else {
          if (this.tok() !== Token.SEMICOLON) condStmt = this.simpleStmt(null, 0);
          this.want(Token.SEMICOLON);
          if (this.tok() !== Token.LBRACE) {
            post = this.simpleStmt(null, 0);
            if (post.kind === 'AssignStmt' && post.tok === ':=') {
              this.syntaxErrorAt(post.tokPos, 'cannot declare in post statement of for loop');
            }
          }
        }
      } else if (this.tok() !== Token.LBRACE) {
        condStmt = this.simpleStmt(null, keyword);
      }
    } else {
      condStmt = init;
      init = null;
    }

    // unpack condStmt
    if (condStmt === null) {
      if (keyword === Token.IF && semiPos !== NoPos) {
        if (semiLit !== 'semicolon') {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expecting { after if clause`);
        } else {
          this.syntaxErrorAt(semiPos, 'missing condition in if statement');
        }
        cond = { kind: 'BadExpr', pos: semiPos, end: semiPos };
      }
    } else if (condStmt.kind === 'ExprStmt') {
      cond = condStmt.x;
    } else {
      // A common mistake is '=' instead of '==': say so explicitly.
      let str: string;
      if (condStmt.kind === 'AssignStmt' && condStmt.tok === '=') {
        str = `assignment (${exprListString(condStmt.lhs)}) = (${exprListString(condStmt.rhs)})`;
      } else if (condStmt.kind === 'RangeClause') {
        str = 'range clause';
      } else {
        str = stmtString(condStmt);
      }
      const at = condStmt.kind === 'RangeClause' ? condStmt.pos : syntaxPos(condStmt);
      this.syntaxErrorAt(at, `cannot use ${str} as value`);
    }

    this.xnest = outer;
    return [init, cond, post];
  }

  private ifStmt(): Stmt {
    const s = this.s;
    const pos = s.pos;
    const [init, cond] = this.header(Token.IF);
    const body = this.blockStmt('if clause');
    let els: Stmt | null = null;
    if (this.got(Token.ELSE)) {
      switch (this.tok()) {
        case Token.IF:
          els = this.ifStmt();
          break;
        case Token.LBRACE:
          els = this.blockStmt('');
          break;
        default:
          this.syntaxError('else must be followed by if or statement block');
          this.advance(Token.IDENT, Token.RBRACE);
      }
    }
    return {
      kind: 'IfStmt',
      pos,
      end: this.fin(pos),
      init: init as Stmt | null,
      cond: cond ?? { kind: 'BadExpr', pos, end: pos },
      body,
      else: els as BlockStmt | null,
    };
  }

  private switchStmt(): Stmt {
    const s = this.s;
    const pos = s.pos;
    const [init, tag] = this.header(Token.SWITCH);
    const lbrace = s.pos;
    if (!this.got(Token.LBRACE)) {
      this.syntaxError('missing { after switch clause');
      this.advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
    }
    const clauses: CaseClause[] = [];
    while (this.tok() !== Token.EOF && this.tok() !== Token.RBRACE) clauses.push(this.caseClause());
    const rbrace = s.pos;
    this.want(Token.RBRACE);
    if (tag !== null && tag.kind === 'TypeAssertExpr' && tag.type === null) {
      const bound = this.guardLhs.get(tag);
      return {
        kind: 'TypeSwitchStmt',
        pos,
        end: this.fin(pos),
        init: init as Stmt | null,
        lhs: bound?.lhs ?? null,
        tokPos: bound?.tokPos ?? NoPos,
        guard: tag,
        lbrace,
        clauses,
        rbrace,
      };
    }
    return {
      kind: 'SwitchStmt',
      pos,
      end: this.fin(pos),
      init: init as Stmt | null,
      tag,
      lbrace,
      clauses,
      rbrace,
    };
  }

  private selectStmt(): Stmt {
    const s = this.s;
    const pos = s.pos;
    this.next(); // select
    const lbrace = s.pos;
    if (!this.got(Token.LBRACE)) {
      this.syntaxError('missing { after select clause');
      this.advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
    }
    const clauses: CommClause[] = [];
    while (this.tok() !== Token.EOF && this.tok() !== Token.RBRACE) clauses.push(this.commClause());
    const rbrace = s.pos;
    this.want(Token.RBRACE);
    return { kind: 'SelectStmt', pos, end: this.fin(pos), lbrace, clauses, rbrace };
  }

  private caseClause(): CaseClause {
    const pos = this.s.pos;
    const list = this.clauseHead(() => this.exprList());
    const colon = this.s.pos;
    this.want(Token.COLON);
    const body = this.stmtList();
    return { kind: 'CaseClause', pos, end: this.fin(pos), list, colon, body };
  }

  /**
   * `case X` (X parsed by `onCase`) or `default` (null) of a switch or
   * select clause; anything else is a syntax error, recovered at the colon or
   * the next clause.
   */
  private clauseHead<T>(onCase: () => T): T | null {
    switch (this.tok()) {
      case Token.CASE:
        this.next();
        return onCase();
      case Token.DEFAULT:
        this.next();
        return null;
      default:
        this.syntaxError('expecting case or default or }');
        this.advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
        return null;
    }
  }

  private commClause(): CommClause {
    const pos = this.s.pos;
    // send, <-x, lhs = <-x, lhs := <-x; anything else is flagged by the checker
    const comm = this.clauseHead(() => this.simpleStmt(null, 0) as Stmt);
    const colon = this.s.pos;
    this.want(Token.COLON);
    const body = this.stmtList();
    return { kind: 'CommClause', pos, end: this.fin(pos), comm, colon, body };
  }

  /** Statement, or null if the current token cannot start one. */
  private stmtOrNull(): Stmt | null {
    if (!this.enter()) return null;
    try {
      return this.stmtOrNullInner();
    } finally {
      this.leave();
    }
  }

  private stmtOrNullInner(): Stmt | null {
    const s = this.s;
    // Most statements (assignments) start with an identifier.
    if (this.tok() === Token.IDENT) {
      this.clearPragma();
      const lhs = this.exprList();
      if (lhs.length === 1 && lhs[0].kind === 'Ident' && this.tok() === Token.COLON) {
        return this.labeledStmtOrNull(lhs[0]);
      }
      return this.simpleStmt(lhs, 0) as Stmt;
    }

    switch (this.tok()) {
      case Token.VAR:
        return this.declStmt('var');
      case Token.CONST:
        return this.declStmt('const');
      case Token.TYPE:
        return this.declStmt('type');
    }
    this.clearPragma();
    switch (this.tok()) {
      case Token.LBRACE:
        return this.blockStmt('');
      case Token.ADD:
      case Token.SUB:
      case Token.MUL:
      case Token.AND:
      case Token.XOR:
      case Token.NOT:
        return this.simpleStmt(null, 0) as Stmt; // unary operators
      case Token.INT:
      case Token.FLOAT:
      case Token.IMAG:
      case Token.CHAR:
      case Token.STRING:
      case Token.FUNC:
      case Token.LPAREN: // operands
      case Token.LBRACK:
      case Token.STRUCT:
      case Token.MAP:
      case Token.CHAN:
      case Token.INTERFACE: // composite types
      case Token.ARROW: // receive operator
        return this.simpleStmt(null, 0) as Stmt;
      case Token.FOR:
        return this.forStmt();
      case Token.SWITCH:
        return this.switchStmt();
      case Token.SELECT:
        return this.selectStmt();
      case Token.IF:
        return this.ifStmt();
      case Token.FALLTHROUGH: {
        const pos = s.pos;
        this.next();
        return { kind: 'BranchStmt', pos, end: this.fin(pos), tok: 'fallthrough', label: null };
      }
      case Token.BREAK:
      case Token.CONTINUE: {
        const pos = s.pos;
        const tok = this.tok() === Token.BREAK ? 'break' : 'continue';
        this.next();
        let label: Ident | null = null;
        if (this.tok() === Token.IDENT) label = this.name();
        return { kind: 'BranchStmt', pos, end: this.fin(pos), tok, label };
      }
      case Token.GO:
      case Token.DEFER:
        return this.callStmt();
      case Token.GOTO: {
        const pos = s.pos;
        this.next();
        const label = this.name();
        return { kind: 'BranchStmt', pos, end: this.fin(pos), tok: 'goto', label };
      }
      case Token.RETURN: {
        const pos = s.pos;
        this.next();
        let results: Expr[] = [];
        if (this.tok() !== Token.SEMICOLON && this.tok() !== Token.RBRACE) results = this.exprList();
        return { kind: 'ReturnStmt', pos, end: this.fin(pos), results };
      }
      case Token.SEMICOLON:
        return { kind: 'EmptyStmt', pos: s.pos, end: s.pos, implicit: s.lit !== 'semicolon' };
    }
    return null;
  }

  /** StatementList = { Statement ";" } . */
  private stmtList(): Stmt[] {
    const l: Stmt[] = [];
    while (
      this.tok() !== Token.EOF &&
      this.tok() !== Token.RBRACE &&
      this.tok() !== Token.CASE &&
      this.tok() !== Token.DEFAULT
    ) {
      const st = this.stmtOrNull();
      this.clearPragma();
      if (st === null) break;
      l.push(st);
      // ";" is optional before "}"
      if (!this.got(Token.SEMICOLON) && this.tok() !== Token.RBRACE) {
        this.syntaxError('at end of statement');
        this.advance(Token.SEMICOLON, Token.RBRACE, Token.CASE, Token.DEFAULT);
        this.got(Token.SEMICOLON); // avoid a spurious empty statement
      }
    }
    return l;
  }

  /** Arguments: [ arg { "," arg } [ "..." ] [ "," ] ] ")" ; returns args, the ... position, the ) position. */
  private argList(): [Expr[], Pos, Pos] {
    const s = this.s;
    const list: Expr[] = [];
    let ellipsis = NoPos;
    this.xnest++;
    const rparen = this.list('argument list', Token.COMMA, Token.RPAREN, () => {
      list.push(this.expr());
      if (this.tok() === Token.ELLIPSIS) {
        ellipsis = s.pos;
        this.next();
        return true;
      }
      return false;
    });
    this.xnest--;
    return [list, ellipsis, rparen];
  }

  // ---------------------------------------------------------------------------------------------
  // Common productions

  private name(): Ident {
    const s = this.s;
    if (this.tok() === Token.IDENT) {
      const n: Ident = { kind: 'Ident', pos: s.pos, end: s.end, name: s.lit };
      this.next();
      return n;
    }
    const n: Ident = { kind: 'Ident', pos: s.pos, end: s.pos, name: '_' };
    this.syntaxError('expecting name');
    this.advance();
    return n;
  }

  /** IdentifierList = identifier { "," identifier } ; the first name is given. */
  private nameList(first: Ident): Ident[] {
    const l = [first];
    while (this.got(Token.COMMA)) l.push(this.name());
    return l;
  }

  /** A possibly qualified type name, possibly instantiated; the first name may be given. */
  private qualifiedName(name: Ident | null): Expr {
    const s = this.s;
    let x: Expr;
    if (name !== null) x = name;
    else if (this.tok() === Token.IDENT) x = this.name();
    else {
      x = { kind: 'Ident', pos: s.pos, end: s.pos, name: '_' };
      this.syntaxError('expecting name');
      this.advance(Token.PERIOD, Token.SEMICOLON, Token.RBRACE);
    }
    if (this.tok() === Token.PERIOD) {
      const dot = s.pos;
      this.next();
      const sel = this.name();
      x = { kind: 'SelectorExpr', pos: x.pos, end: this.fin(x.pos), x, dot, sel };
    }
    if (this.tok() === Token.LBRACK) x = this.typeInstance(x);
    return x;
  }

  /** ExpressionList = Expression { "," Expression } . */
  private exprList(): Expr[] {
    const l = [this.expr()];
    while (this.got(Token.COMMA)) l.push(this.expr());
    return l;
  }

  /**
   * typeList = arg { "," arg } [ "," ] : a first expression, then types. Returns the list and whether a
   * (separating or trailing) comma was seen.
   */
  private typeList(): [Expr[], boolean] {
    this.xnest++;
    const list = [this.expr()];
    let comma = false;
    if (this.got(Token.COMMA)) {
      comma = true;
      let t = this.typeOrNull();
      if (t !== null) {
        list.push(t);
        while (this.got(Token.COMMA)) {
          t = this.typeOrNull();
          if (t === null) break;
          list.push(t);
        }
      }
    }
    this.xnest--;
    return [list, comma];
  }
}

/** Whether x syntactically must be a value (not a type) expression. */
function isValue(x: Expr): boolean {
  switch (x.kind) {
    case 'BasicLit':
    case 'CompositeLit':
    case 'FuncLit':
    case 'SliceExpr':
    case 'TypeAssertExpr':
    case 'CallExpr':
    case 'UnaryExpr':
    case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    case 'IndexListExpr':
      return isValue(x.x);
  }
  return false;
}

/** Whether x is a (possibly parenthesised) type element, as opposed to something that could be a value. */
function isTypeElem(x: Expr): boolean {
  switch (x.kind) {
    case 'ArrayType':
    case 'SliceType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === '~' || isTypeElem(x.x);
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

/**
 * Splits x into (name, type) if x can be read as `name type`: P*[]int → P, *[]int; P([]int) → P, []int;
 * P*E|F|~G → P, *E|F|~G. The split happens only if the type part is a type element or force is set.
 * Returns (name, null) for a plain name and (null, x) when x does not split.
 */
function extractName(x: Expr, force: boolean): [Ident | null, Expr | null] {
  switch (x.kind) {
    case 'Ident':
      return [x, null];
    case 'BinaryExpr':
      if (x.op === '*') {
        if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
          // x = name *x.y
          return [x.x, { kind: 'StarExpr', pos: x.opPos, end: x.end, x: x.y }];
        }
      } else if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
        if (name !== null && lhs !== null) {
          // x = name lhs|x.y
          return [name, { ...x, pos: lhs.pos, x: lhs }];
        }
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident') {
        if (x.args.length === 1 && x.ellipsis === NoPos && (force || isTypeElem(x.args[0]))) {
          // x = name "(" x.args[0] ")"
          return [x.fun, x.args[0]];
        }
      }
      break;
  }
  return [null, x];
}
