// Lexical tokens of Go 1.19 (go/token's list: special tokens, literals, operators and delimiters, keywords)
// and the binary-operator precedence table of the spec ("Operator precedence"): five levels, || lowest.
//
// Tokens are small integers so the scanner and parser compare numbers; the AST stores operators as their
// source text (BinaryOp, UnaryOp, AssignOp below), which is what the checker and error messages want.

export const Token = {
  ILLEGAL: 0,
  EOF: 1,
  COMMENT: 2,

  // literals
  IDENT: 3, // main
  INT: 4, // 12345
  FLOAT: 5, // 123.45
  IMAG: 6, // 123.45i
  CHAR: 7, // 'a'
  STRING: 8, // "abc"

  // operators and delimiters
  ADD: 9, // +
  SUB: 10, // -
  MUL: 11, // *
  QUO: 12, // /
  REM: 13, // %
  AND: 14, // &
  OR: 15, // |
  XOR: 16, // ^
  SHL: 17, // <<
  SHR: 18, // >>
  AND_NOT: 19, // &^

  ADD_ASSIGN: 20, // +=
  SUB_ASSIGN: 21, // -=
  MUL_ASSIGN: 22, // *=
  QUO_ASSIGN: 23, // /=
  REM_ASSIGN: 24, // %=
  AND_ASSIGN: 25, // &=
  OR_ASSIGN: 26, // |=
  XOR_ASSIGN: 27, // ^=
  SHL_ASSIGN: 28, // <<=
  SHR_ASSIGN: 29, // >>=
  AND_NOT_ASSIGN: 30, // &^=

  LAND: 31, // &&
  LOR: 32, // ||
  ARROW: 33, // <-
  INC: 34, // ++
  DEC: 35, // --

  EQL: 36, // ==
  LSS: 37, // <
  GTR: 38, // >
  ASSIGN: 39, // =
  NOT: 40, // !

  NEQ: 41, // !=
  LEQ: 42, // <=
  GEQ: 43, // >=
  DEFINE: 44, // :=
  ELLIPSIS: 45, // ...

  LPAREN: 46, // (
  LBRACK: 47, // [
  LBRACE: 48, // {
  COMMA: 49, // ,
  PERIOD: 50, // .

  RPAREN: 51, // )
  RBRACK: 52, // ]
  RBRACE: 53, // }
  SEMICOLON: 54, // ;
  COLON: 55, // :
  TILDE: 56, // ~

  // keywords
  BREAK: 57,
  CASE: 58,
  CHAN: 59,
  CONST: 60,
  CONTINUE: 61,
  DEFAULT: 62,
  DEFER: 63,
  ELSE: 64,
  FALLTHROUGH: 65,
  FOR: 66,
  FUNC: 67,
  GO: 68,
  GOTO: 69,
  IF: 70,
  IMPORT: 71,
  INTERFACE: 72,
  MAP: 73,
  PACKAGE: 74,
  RANGE: 75,
  RETURN: 76,
  SELECT: 77,
  STRUCT: 78,
  SWITCH: 79,
  TYPE: 80,
  VAR: 81,
} as const;

export type Token = (typeof Token)[keyof typeof Token];

/** Number of token kinds; tokens are 0 ≤ t < tokenCount. */
export const tokenCount = 82;

/** Source text of each operator, delimiter and keyword; go/token's names for the others. */
export const tokenText: readonly string[] = [
  'ILLEGAL',
  'EOF',
  'COMMENT',
  'IDENT',
  'INT',
  'FLOAT',
  'IMAG',
  'CHAR',
  'STRING',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&',
  '|',
  '^',
  '<<',
  '>>',
  '&^',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<=',
  '>>=',
  '&^=',
  '&&',
  '||',
  '<-',
  '++',
  '--',
  '==',
  '<',
  '>',
  '=',
  '!',
  '!=',
  '<=',
  '>=',
  ':=',
  '...',
  '(',
  '[',
  '{',
  ',',
  '.',
  ')',
  ']',
  '}',
  ';',
  ':',
  '~',
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var',
];

export function tokenString(t: Token): string {
  return tokenText[t] ?? `token(${t})`;
}

const keywordTable: ReadonlyMap<string, Token> = new Map(
  tokenText.slice(Token.BREAK, Token.VAR + 1).map((s, i) => [s, (Token.BREAK + i) as Token]),
);

/** The keyword token for an identifier-shaped word, or IDENT. */
export function lookupKeyword(word: string): Token {
  return keywordTable.get(word) ?? Token.IDENT;
}

export function isKeyword(t: Token): boolean {
  return t >= Token.BREAK && t <= Token.VAR;
}

export function isLiteral(t: Token): boolean {
  return t >= Token.IDENT && t <= Token.STRING;
}

/** Operators of the five binary precedence levels (spec "Operator precedence"). */
export const LowestPrec = 0;
export const UnaryPrec = 6;
export const HighestPrec = 7;

/** Binary precedence of a token: 5 for * / % << >> & &^, 4 for + - | ^, 3 comparisons, 2 &&, 1 ||, else 0. */
export function precedence(t: Token): number {
  switch (t) {
    case Token.LOR:
      return 1;
    case Token.LAND:
      return 2;
    case Token.EQL:
    case Token.NEQ:
    case Token.LSS:
    case Token.LEQ:
    case Token.GTR:
    case Token.GEQ:
      return 3;
    case Token.ADD:
    case Token.SUB:
    case Token.OR:
    case Token.XOR:
      return 4;
    case Token.MUL:
    case Token.QUO:
    case Token.REM:
    case Token.SHL:
    case Token.SHR:
    case Token.AND:
    case Token.AND_NOT:
      return 5;
  }
  return LowestPrec;
}

/** Binary operators as written. */
export type BinaryOp =
  | '||'
  | '&&'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '|'
  | '^'
  | '*'
  | '/'
  | '%'
  | '<<'
  | '>>'
  | '&'
  | '&^';

/** Unary operators other than * (StarExpr): + - ! ^ & <- and ~ (type-set terms). */
export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~';

/** Assignment operators: = := and the op= forms. */
export type AssignOp =
  | '='
  | ':='
  | '+='
  | '-='
  | '*='
  | '/='
  | '%='
  | '&='
  | '|='
  | '^='
  | '<<='
  | '>>='
  | '&^=';

/** For an op= token, the binary operator it applies (ADD_ASSIGN → ADD); otherwise the token itself. */
export function assignOpBase(t: Token): Token {
  if (t >= Token.ADD_ASSIGN && t <= Token.AND_NOT_ASSIGN) return (t - Token.ADD_ASSIGN + Token.ADD) as Token;
  return t;
}

export function isAssignOp(t: Token): boolean {
  return t >= Token.ADD_ASSIGN && t <= Token.AND_NOT_ASSIGN;
}

/** Kinds of basic literals, as go/token names them. */
export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';
