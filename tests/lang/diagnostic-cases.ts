// Diagnostics the go tool prints for small broken programs, recorded from Go 1.19.8 (`go build` in a
// module with this file as ./f.go). Each `want` line is what go printed after the file name, "LINE:COL:
// message" (or "LINE: message" from column 255 on, where cmd/compile omits the column).
//
// `stage` says which part of the go tool reported it: 'list' for the go command's own header parse
// (go/parser wording; go prints these as "f.go:..." and stops), 'compile' for cmd/compile ("./f.go:...").
//
// To re-confirm every case against an installed Go: node --import tsx tests/lang/confirm-diagnostics.ts

export interface DiagnosticCase {
  name: string;
  src: string;
  stage: 'list' | 'compile';
  want: string[];
}

const main = (body: string): string => `package main\n\nfunc main() {\n${body}\n}\n`;

export const diagnosticCases: DiagnosticCase[] = [
  // ---- lexical errors (cmd/compile's scanner) ----
  {
    name: 'newline in string',
    src: main('\tx := "abc\n\t_ = x'),
    stage: 'compile',
    want: ['4:11: newline in string'],
  },
  {
    name: 'string not terminated at EOF',
    src: 'package main\n\nvar s = "abc',
    stage: 'compile',
    want: ['3:9: string not terminated'],
  },
  {
    name: 'raw string not terminated',
    src: 'package main\n\nvar s = `abc\n\nfunc main() {}\n',
    stage: 'compile',
    want: ['3:9: string not terminated'],
  },
  {
    name: 'invalid character',
    src: main('\tx := 3 @ 4\n\t_ = x'),
    stage: 'compile',
    want: [
      "4:9: invalid character U+0040 '@'",
      '4:11: syntax error: unexpected literal 4 at end of statement',
    ],
  },
  {
    name: 'byte columns after non-ASCII text',
    src: main('\ts := "é" + @\n\t_ = s'),
    stage: 'compile',
    want: ["4:14: invalid character U+0040 '@'", '5:4: syntax error: unexpected = at end of statement'],
  },
  {
    name: 'invalid character in identifier',
    src: main('\tx€ := 1\n\t_ = x€'),
    stage: 'compile',
    want: [
      "4:3: invalid character U+20AC '€' in identifier",
      "5:7: invalid character U+20AC '€' in identifier",
    ],
  },
  {
    name: 'identifier cannot begin with digit',
    src: 'package main\n\nvar ٣x = 1\n\nfunc main() {}\n',
    stage: 'compile',
    want: ["3:5: identifier cannot begin with digit U+0663 '٣'"],
  },
  {
    name: 'more than one character in rune literal',
    src: main("\tc := 'ab'\n\t_ = c"),
    stage: 'compile',
    want: ['4:7: more than one character in rune literal'],
  },
  {
    name: 'empty rune literal',
    src: main("\tc := ''\n\t_ = c"),
    stage: 'compile',
    want: ["4:8: empty rune literal or unescaped '"],
  },
  {
    name: 'newline in rune literal',
    src: main("\tc := 'a\n\t_ = c"),
    stage: 'compile',
    want: ['4:9: newline in rune literal'],
  },
  {
    name: 'rune literal not terminated',
    src: "package main\n\nvar c = 'a",
    stage: 'compile',
    want: ['3:9: rune literal not terminated'],
  },
  {
    name: 'unknown escape',
    src: main('\ts := "a\\qb"\n\t_ = s'),
    stage: 'compile',
    want: ['4:10: unknown escape'],
  },
  {
    name: 'invalid character in hexadecimal escape',
    src: main('\ts := "\\xZZ"\n\t_ = s'),
    stage: 'compile',
    want: ["4:10: invalid character 'Z' in hexadecimal escape"],
  },
  {
    name: 'octal escape value > 255',
    src: main('\ts := "\\400"\n\t_ = s'),
    stage: 'compile',
    want: ['4:12: octal escape value 256 > 255'],
  },
  {
    name: 'escape is invalid Unicode code point',
    src: main('\ts := "\\uD800"\n\t_ = s'),
    stage: 'compile',
    want: ['4:14: escape is invalid Unicode code point U+D800'],
  },
  {
    name: "invalid digit '8' in octal literal",
    src: main('\tx := 08\n\t_ = x'),
    stage: 'compile',
    want: ["4:8: invalid digit '8' in octal literal"],
  },
  {
    name: 'invalid digit in binary literal',
    src: main('\tx := 0b102\n\t_ = x'),
    stage: 'compile',
    want: ["4:11: invalid digit '2' in binary literal"],
  },
  {
    name: 'hexadecimal literal has no digits',
    src: main('\tx := 0x\n\t_ = x'),
    stage: 'compile',
    want: ['4:9: hexadecimal literal has no digits'],
  },
  {
    name: "'_' must separate successive digits",
    src: main('\tx := 1__0\n\t_ = x'),
    stage: 'compile',
    want: ["4:9: '_' must separate successive digits"],
  },
  {
    name: "hexadecimal mantissa requires a 'p' exponent",
    src: main('\tx := 0x1.5\n\t_ = x'),
    stage: 'compile',
    want: ["4:12: hexadecimal mantissa requires a 'p' exponent"],
  },
  {
    name: "'e' exponent requires decimal mantissa",
    src: main('\tx := 0b1e3\n\t_ = x'),
    stage: 'compile',
    want: ["4:10: 'e' exponent requires decimal mantissa"],
  },
  {
    name: 'exponent has no digits',
    src: main('\tx := 1e+\n\t_ = x'),
    stage: 'compile',
    want: ['4:10: exponent has no digits'],
  },
  {
    name: 'invalid radix point in binary literal',
    src: main('\tx := 0b1.0\n\t_ = x'),
    stage: 'compile',
    want: ['4:10: invalid radix point in binary literal'],
  },
  {
    name: 'comment not terminated',
    src: 'package main\n\nfunc main() {\n}\n\n/* forgotten',
    stage: 'compile',
    want: ['6:1: comment not terminated'],
  },
  {
    name: 'invalid NUL character',
    src: main('\tx := 1\n\t_ = x \u0000'),
    stage: 'compile',
    want: ['5:8: invalid NUL character'],
  },
  {
    name: 'invalid BOM in the middle of the file',
    src: main('\tx := 1\n\t_ = x \uFEFF'),
    stage: 'compile',
    want: ['5:8: invalid BOM in the middle of the file'],
  },

  // ---- syntax errors (cmd/compile's parser) ----
  {
    name: 'missing comma in a composite literal',
    src: main('\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x'),
    stage: 'compile',
    want: ['6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }'],
  },
  {
    name: 'missing comma in an argument list',
    src: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("a" "b")\n}\n',
    stage: 'compile',
    want: ['6:18: syntax error: unexpected literal "b" in argument list; possibly missing comma or )'],
  },
  {
    name: 'else on the next line',
    src: main('\tx := 1\n\tif x > 0 {\n\t}\n\telse {\n\t}'),
    stage: 'compile',
    want: ['7:2: syntax error: unexpected else, expecting }'],
  },
  {
    name: 'missing { after if clause',
    src: main('\tx := 1\n\tif x > 0\n\t{\n\t}'),
    stage: 'compile',
    want: ['5:10: syntax error: unexpected newline, expecting { after if clause'],
  },
  {
    name: 'missing condition in if statement',
    src: main('\tif {\n\t}'),
    stage: 'compile',
    want: ['4:5: syntax error: missing condition in if statement'],
  },
  {
    name: 'assignment used as a condition',
    src: main('\tx := 1\n\tif x = 5 {\n\t}'),
    stage: 'compile',
    want: ['5:7: syntax error: cannot use assignment (x) = (5) as value'],
  },
  {
    name: 'short variable declaration used as a condition',
    src: main('\tif x := 5 {\n\t}'),
    stage: 'compile',
    want: ['4:7: syntax error: cannot use x := 5 as value'],
  },
  {
    name: 'composite literal in an if header needs parentheses',
    src: 'package main\n\ntype P struct{ x int }\n\nfunc main() {\n\tp := P{1}\n\tif p == P{1} {\n\t}\n}\n',
    stage: 'compile',
    want: [
      '7:15: syntax error: unexpected { at end of statement',
      '9:1: syntax error: non-declaration statement outside function body',
    ],
  },
  {
    name: 'for loop with a composite literal in the header',
    src: 'package main\n\ntype T struct{ n int }\n\nfunc main() {\n\tfor _, v := range []T{{1}} {\n\t\t_ = v\n\t}\n\tfor x := range T{} {\n\t}\n}\n',
    stage: 'compile',
    want: [
      '9:21: syntax error: unexpected { at end of statement',
      '11:1: syntax error: non-declaration statement outside function body',
    ],
  },
  {
    name: 'non-declaration statement outside function body',
    src: 'package main\n\nx := 1\n\nfunc main() {}\n',
    stage: 'compile',
    want: ['3:1: syntax error: non-declaration statement outside function body'],
  },
  {
    name: 'function brace on the next line',
    src: 'package main\n\nfunc main()\n{\n}\n',
    stage: 'compile',
    want: ['4:1: syntax error: unexpected semicolon or newline before {'],
  },
  {
    name: 'missing expression',
    src: main('\tvar x int =\n\t_ = x'),
    stage: 'compile',
    want: ['5:4: syntax error: unexpected = at end of statement'],
  },
  {
    name: 'unexpected { instead of an expression',
    src: main('\tx := {1}\n\t_ = x'),
    stage: 'compile',
    want: [
      '4:7: syntax error: unexpected {, expecting expression',
      '5:2: syntax error: non-declaration statement outside function body',
    ],
  },
  {
    name: 'extra token at end of statement',
    src: main('\tx := 1 2\n\t_ = x'),
    stage: 'compile',
    want: ['4:9: syntax error: unexpected literal 2 at end of statement'],
  },
  {
    name: 'expression list without assignment',
    src: main('\ta, b := 1, 2\n\ta, b\n\t_, _ = a, b'),
    stage: 'compile',
    want: ['5:6: syntax error: unexpected newline, expecting := or = or comma'],
  },
  {
    name: 'unexpected EOF inside a function',
    src: 'package main\n\nfunc main() {\n\tfor {\n',
    stage: 'compile',
    want: ['5:1: syntax error: unexpected EOF, expecting }'],
  },
  {
    name: 'case outside switch',
    src: main('\tcase 1:'),
    stage: 'compile',
    want: ['4:2: syntax error: unexpected case, expecting }'],
  },
  {
    name: 'missing { after switch clause',
    src: main('\tx := 1\n\tswitch x\n\tcase 1:\n\t}'),
    stage: 'compile',
    want: [
      '6:2: syntax error: unexpected case, expecting expression',
      '7:2: syntax error: missing { after switch clause',
    ],
  },
  {
    name: 'cannot declare in post statement of for loop',
    src: main('\tfor i := 0; i < 3; j := 1 {\n\t\t_ = i\n\t}'),
    stage: 'compile',
    want: ['4:23: syntax error: cannot declare in post statement of for loop'],
  },
  {
    name: 'var declaration in a for initializer',
    src: main('\tfor var i = 0; i < 3; i++ {\n\t}'),
    stage: 'compile',
    want: ['4:10: syntax error: var declaration not allowed in for initializer'],
  },
  {
    name: 'mixed named and unnamed parameters',
    src: 'package main\n\nfunc f(a int, string) {}\n\nfunc main() {}\n',
    stage: 'compile',
    want: ['3:15: syntax error: mixed named and unnamed parameters'],
  },
  {
    name: 'method with type parameters',
    src: 'package main\n\ntype T struct{}\n\nfunc (T) M[P any]() {}\n\nfunc main() {}\n',
    stage: 'compile',
    want: ['5:11: syntax error: method must have no type parameters'],
  },
  {
    name: 'method has no receiver',
    src: 'package main\n\nfunc () M() {}\n\nfunc main() {}\n',
    stage: 'compile',
    want: ['3:9: method has no receiver'],
  },
  {
    name: 'middle index required in 3-index slice',
    src: main('\ts := []int{1, 2, 3}\n\t_ = s[1::3]'),
    stage: 'compile',
    want: ['5:10: middle index required in 3-index slice'],
  },
  {
    name: 'empty index expression',
    src: main('\ts := []int{1}\n\t_ = s[]'),
    stage: 'compile',
    want: ['5:8: syntax error: unexpected ], expecting operand'],
  },
  {
    name: 'defer needs a function call',
    src: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tdefer fmt.Println\n}\n',
    stage: 'compile',
    want: ['6:11: expression in defer must be function call'],
  },
  {
    name: 'parenthesized go call',
    src: main('\tgo (func() {})()\n\tgo (main())'),
    stage: 'compile',
    want: ['5:5: expression in go must not be parenthesized'],
  },
  {
    name: 'generic type declaration and instantiation parse',
    src: 'package main\n\ntype List[T any] struct {\n\tnext *List[T]\n\tval  T\n}\n\nfunc Map[T, U any](s []T, f func(T) U) []U { return nil }\n\nfunc main() {\n\t_ = Map[int, string]\n\tvar l List[int]\n\t_ = l\n\tx := 1 +\n}\n',
    stage: 'compile',
    want: ['15:1: syntax error: unexpected }, expecting expression'],
  },
  {
    name: 'one syntax error per line',
    src: main('\tx := 1 +* 2 )\n\t_ = x'),
    stage: 'compile',
    want: ['4:14: syntax error: unexpected ) at end of statement'],
  },
  {
    name: 'no column from column 255 on',
    src: main(`\tx := "${'a'.repeat(300)}" )\n\t_ = x`),
    stage: 'compile',
    want: ['4: syntax error: unexpected ) at end of statement'],
  },
  {
    name: 'too many errors',
    src: main(Array.from({ length: 12 }, () => '\t@').join('\n')),
    stage: 'compile',
    want: [
      ...Array.from({ length: 10 }, (_, i) => `${i + 4}:2: invalid character U+0040 '@'`),
      '13:2: too many errors',
    ],
  },
  {
    name: 'a ".." before a newline shifts later lines (cmd/compile quirk)',
    src: main('\tx := a..\n\t_ = x\n\ty := @'),
    stage: 'compile',
    want: [
      '5:2: syntax error: unexpected ., expecting name or (',
      "7:7: invalid character U+0040 '@'", // really on line 6
      '8:1: syntax error: unexpected }, expecting expression', // really on line 7
    ],
  },

  // ---- label and branch checks (cmd/compile's parser, not syntax errors) ----
  {
    name: 'label defined and not used',
    src: main('L:\n\tfor {\n\t}'),
    stage: 'compile',
    want: ['4:1: label L defined and not used'],
  },
  {
    name: 'break and continue outside loops',
    src: main('\tbreak\n\tcontinue'),
    stage: 'compile',
    want: ['4:2: break is not in a loop, switch, or select', '5:2: continue is not in a loop'],
  },
  {
    name: 'goto into a block and over a declaration',
    src: main('\tgoto L\n\t{\n\tL:\n\t}\n\tgoto M\n\tx := 1\nM:\n\t_ = x'),
    stage: 'compile',
    want: [
      '4:7: goto L jumps into block starting at ./f.go:5:2',
      '8:7: goto M jumps over declaration of x at ./f.go:9:4',
    ],
  },
  {
    name: 'fallthrough misuse',
    src: main('\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n\tfallthrough'),
    stage: 'compile',
    want: ['6:3: cannot fallthrough final case in switch', '8:2: fallthrough statement out of place'],
  },
  {
    name: 'undefined labels',
    src: main('\tfor {\n\t\tbreak L\n\t}\n\tgoto M'),
    stage: 'compile',
    want: ['5:9: break label not defined: L', '7:7: label M not defined'],
  },

  // ---- compiler directives ----
  {
    name: 'misplaced compiler directives',
    src: 'package main\n\nfunc main() {\n\tx := 1 //go:noinline\n\t//go:nosplit\n\t_ = x\n}\n\n//go:systemstack\nfunc f() {}\n',
    stage: 'compile',
    want: [
      '4:11: misplaced compiler directive',
      '5:4: misplaced compiler directive',
      '9:3: //go:systemstack only allowed in runtime',
    ],
  },

  // ---- the go command's header parse (go/parser wording) ----
  {
    name: 'misspelled package clause',
    src: 'pakage main\n\nfunc main() {}\n',
    stage: 'list',
    want: ["1:1: expected 'package', found pakage"],
  },
  {
    name: 'import path without quotes',
    src: 'package main\n\nimport fmt\n\nfunc main() { fmt.Println() }\n',
    stage: 'list',
    want: ["3:11: expected 'STRING', found newline"],
  },
  {
    name: 'unterminated import path',
    src: 'package main\n\nimport "fmt\n\nfunc main() {}\n',
    stage: 'list',
    want: ['3:8: string literal not terminated'],
  },
  {
    name: 'two import paths on one line',
    src: 'package main\n\nimport (\n\t"fmt" "os"\n)\n\nfunc main() { fmt.Println(os.Args) }\n',
    stage: 'list',
    want: ['4:8: expected \';\', found "os"'],
  },
  {
    name: 'comma between imports',
    src: 'package main\n\nimport (\n\t"fmt",\n\t"os"\n)\n\nfunc main() { fmt.Println(os.Args) }\n',
    stage: 'list',
    want: ["4:7: expected ';', found ','"],
  },
  {
    name: 'unterminated raw import path',
    src: 'package main\n\nimport `fmt\n',
    stage: 'list',
    want: ['3:8: raw string literal not terminated'],
  },
  {
    name: 'package name is a literal',
    src: 'package 3\n\nfunc main() {}\n',
    stage: 'list',
    want: ["1:9: expected 'IDENT', found 3"],
  },
  {
    name: 'empty file',
    src: '\n\n',
    stage: 'list',
    want: ["2:2: expected 'package', found 'EOF'"],
  },
  {
    name: 'invalid import path',
    src: 'package main\n\nimport "a b"\n\nfunc main() {}\n',
    stage: 'list',
    want: ['3:8: invalid import path: "a b"'],
  },
];
