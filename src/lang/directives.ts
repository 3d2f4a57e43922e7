// Compiler directives (//go:noinline and friends), as cmd/compile handles them while parsing
// (noder.pragma, noder.checkUnusedDuringParse): each //go: line comment is read by the scanner; a
// directive that is not alone on its line is "misplaced"; runtime-only and standard-library-only
// directives are rejected in user code; the flags collect into a Pragma that the next declaration takes.
// A Pragma still pending when a statement or another construct that takes none comes along is reported
// ("misplaced compiler directive"). Later stages check which declarations accept which flags
// (funcPragmas, typePragmas) after type checking, as cmd/compile's irgen does.
//
// Not modelled: //line directives, which the parser ignores.

import type { Pos } from './ast.ts';

/** ir.PragmaFlag bits. */
export const PragmaFlag = {
  Nointerface: 1 << 0,
  Noescape: 1 << 1,
  Norace: 1 << 2,
  Nosplit: 1 << 3,
  Noinline: 1 << 4,
  NoCheckPtr: 1 << 5,
  CgoUnsafeArgs: 1 << 6,
  UintptrKeepAlive: 1 << 7,
  UintptrEscapes: 1 << 8,
  Systemstack: 1 << 9,
  Nowritebarrier: 1 << 10,
  Nowritebarrierrec: 1 << 11,
  Yeswritebarrierrec: 1 << 12,
  NotInHeap: 1 << 13,
  GoBuildPragma: 1 << 14,
  RegisterParams: 1 << 15,
} as const;

const F = PragmaFlag;

/** Flags a function declaration accepts. */
export const funcPragmas =
  F.Nointerface |
  F.Noescape |
  F.Norace |
  F.Nosplit |
  F.Noinline |
  F.NoCheckPtr |
  F.RegisterParams |
  F.CgoUnsafeArgs |
  F.UintptrKeepAlive |
  F.UintptrEscapes |
  F.Systemstack |
  F.Nowritebarrier |
  F.Nowritebarrierrec |
  F.Yeswritebarrierrec;

/** Flags a type declaration accepts. */
export const typePragmas = F.NotInHeap;

/** The flag of a directive verb such as "go:noinline" (0 for verbs without one). */
export function pragmaFlag(verb: string): number {
  switch (verb) {
    case 'go:build':
      return F.GoBuildPragma;
    case 'go:nointerface':
      return 0; // only with the fieldtrack experiment
    case 'go:noescape':
      return F.Noescape;
    case 'go:norace':
      return F.Norace;
    case 'go:nosplit':
      return F.Nosplit | F.NoCheckPtr;
    case 'go:noinline':
      return F.Noinline;
    case 'go:nocheckptr':
      return F.NoCheckPtr;
    case 'go:systemstack':
      return F.Systemstack;
    case 'go:nowritebarrier':
      return F.Nowritebarrier;
    case 'go:nowritebarrierrec':
      return F.Nowritebarrierrec | F.Nowritebarrier;
    case 'go:yeswritebarrierrec':
      return F.Yeswritebarrierrec;
    case 'go:cgo_unsafe_args':
      return F.CgoUnsafeArgs | F.NoCheckPtr;
    case 'go:uintptrkeepalive':
      return F.UintptrKeepAlive;
    case 'go:uintptrescapes':
      return F.UintptrEscapes | F.UintptrKeepAlive;
    case 'go:registerparams':
      return F.RegisterParams;
    case 'go:notinheap':
      return F.NotInHeap;
  }
  return 0;
}

/** The directives collected for one declaration. */
export interface Pragma {
  /** Union of the flags. */
  flag: number;
  /** Each directive's flag and position (the position of "go:" after the //). */
  positions: { flag: number; pos: Pos }[];
  /** //go:embed directives and their patterns. */
  embeds: { pos: Pos; patterns: string[] }[];
}

/** A //go:linkname directive. */
export interface Linkname {
  pos: Pos;
  local: string;
  remote: string;
}

const runtimePragmas = F.Systemstack | F.Nowritebarrier | F.Nowritebarrierrec | F.Yeswritebarrierrec;

function isQuoted(s: string): boolean {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"');
}

/** SafeArg of the go command: a first character that cannot start an option. */
function safeArg(name: string): boolean {
  const c = name.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 46 ||
    c === 95 ||
    c === 47 ||
    c >= 0x80
  );
}

/** noder.pragmaFields: fields split at spaces, with "quoted strings" kept whole. */
function pragmaFields(s: string): string[] {
  const a: string[] = [];
  let inQuote = false;
  let fieldStart = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      if (inQuote) {
        inQuote = false;
        a.push(s.slice(fieldStart, i + 1));
        fieldStart = -1;
      } else {
        inQuote = true;
        if (fieldStart >= 0) a.push(s.slice(fieldStart, i));
        fieldStart = i;
      }
    } else if (!inQuote && (c === ' ' || c === '\t' || c === '\n' || c === '\r')) {
      if (fieldStart >= 0) {
        a.push(s.slice(fieldStart, i));
        fieldStart = -1;
      }
    } else if (fieldStart === -1) {
      fieldStart = i;
    }
  }
  if (!inQuote && fieldStart >= 0) a.push(s.slice(fieldStart));
  return a;
}

function isSpace(c: string): boolean {
  return /^\s$/u.test(c);
}

/** noder.parseGoEmbed: the patterns of a //go:embed line, or an error. */
function parseGoEmbed(argsIn: string): { list: string[]; err: string | null } {
  const list: string[] = [];
  let args = argsIn.trim();
  while (args !== '') {
    let path: string;
    const c = args[0];
    if (c === '`') {
      const i = args.indexOf('`', 1);
      if (i < 0) return { list: [], err: `invalid quoted string in //go:embed: ${args}` };
      path = args.slice(1, i);
      args = args.slice(i + 1);
    } else if (c === '"') {
      let i = 1;
      let found = false;
      for (; i < args.length; i++) {
        if (args[i] === '\\') {
          i++;
          continue;
        }
        if (args[i] === '"') {
          found = true;
          break;
        }
      }
      if (!found) return { list: [], err: `invalid quoted string in //go:embed: ${args}` };
      const q = args.slice(0, i + 1);
      try {
        path = JSON.parse(q) as string;
      } catch {
        return { list: [], err: `invalid quoted string in //go:embed: ${q}` };
      }
      args = args.slice(i + 1);
    } else {
      let i = args.length;
      for (let j = 0; j < args.length; j++) {
        if (isSpace(args[j])) {
          i = j;
          break;
        }
      }
      path = args.slice(0, i);
      args = args.slice(i);
    }
    if (args !== '' && !isSpace(args[0]))
      return { list: [], err: `invalid quoted string in //go:embed: ${args}` };
    list.push(path);
    args = args.trim();
  }
  return { list, err: null };
}

/** noder.pragma for user code (package main, not the standard library, not cgo-generated). */
export class DirectiveHandler {
  readonly linknames: Linkname[] = [];
  private readonly err: (pos: Pos, msg: string) => void;

  constructor(err: (pos: Pos, msg: string) => void) {
    this.err = err;
  }

  /** A //go: directive at pos (text without the //); `blank` is whether it starts its line. */
  directive(pos: Pos, blank: boolean, text: string, old: Pragma | null): Pragma {
    const pragma = old ?? { flag: 0, positions: [], embeds: [] };
    if (!blank) {
      // a directive must be on a line by itself
      this.err(pos, 'misplaced compiler directive');
      return pragma;
    }
    if (text.startsWith('go:linkname ')) {
      const f = text.split(/\s+/).filter((s) => s !== '');
      if (!(f.length >= 2 && f.length <= 3)) {
        this.err(pos, 'usage: //go:linkname localname [linkname]');
        return pragma;
      }
      // without a second argument, the target is the symbol's own name in package main
      this.linknames.push({ pos, local: f[1], remote: f.length === 3 ? f[2] : `main.${f[1]}` });
      return pragma;
    }
    if (text === 'go:embed' || text.startsWith('go:embed ')) {
      const { list, err } = parseGoEmbed(text.slice('go:embed'.length));
      if (err !== null) this.err(pos, err);
      if (list.length === 0) {
        this.err(pos, 'usage: //go:embed pattern...');
        return pragma;
      }
      pragma.embeds.push({ pos, patterns: list });
      return pragma;
    }
    if (text.startsWith('go:cgo_')) {
      const fields = pragmaFields(text);
      if (text.startsWith('go:cgo_import_dynamic ') && fields.length >= 4) {
        // permitted for general use (Solaris code relies on it)
        const lib = fields[3].replace(/^"+|"+$/g, '');
        if (lib !== '' && !safeArg(lib)) {
          this.err(pos, `invalid library name ${JSON.stringify(lib)} in cgo_import_dynamic directive`);
        }
        this.pragcgo(pos, text);
        return pragma;
      }
      // for security, //go:cgo_* directives are only allowed in cgo-generated files
      this.err(pos, `//${text} only allowed in cgo-generated code`);
      this.pragcgo(pos, text);
    }
    const sp = text.indexOf(' ');
    const verb = sp >= 0 ? text.slice(0, sp) : text;
    const flag = pragmaFlag(verb);
    if ((flag & runtimePragmas) !== 0) this.err(pos, `//${verb} only allowed in runtime`);
    if (flag === F.UintptrKeepAlive) this.err(pos, `//${verb} is only allowed in the standard library`);
    pragma.flag |= flag;
    pragma.positions.push({ flag, pos });
    return pragma;
  }

  /** noder.pragcgo: the argument checks of the //go:cgo_* directives. */
  private pragcgo(pos: Pos, text: string): void {
    const f = pragmaFields(text);
    const verb = f[0].startsWith('go:') ? f[0].slice(3) : f[0];
    const q = (i: number): boolean => isQuoted(f[i]);
    let usage: string | null = null;
    switch (verb) {
      case 'cgo_export_static':
      case 'cgo_export_dynamic':
        if (!((f.length === 2 && !q(1)) || (f.length === 3 && !q(1) && !q(2))))
          usage = `usage: //go:${verb} local [remote]`;
        break;
      case 'cgo_import_dynamic':
        if (
          !(
            (f.length === 2 && !q(1)) ||
            (f.length === 3 && !q(1) && !q(2)) ||
            (f.length === 4 && !q(1) && !q(2) && q(3))
          )
        ) {
          usage = 'usage: //go:cgo_import_dynamic local [remote ["library"]]';
        }
        break;
      case 'cgo_import_static':
        if (!(f.length === 2 && !q(1))) usage = 'usage: //go:cgo_import_static local';
        break;
      case 'cgo_dynamic_linker':
        if (!(f.length === 2 && q(1))) usage = 'usage: //go:cgo_dynamic_linker "path"';
        break;
      case 'cgo_ldflag':
        if (!(f.length === 2 && q(1))) usage = 'usage: //go:cgo_ldflag "arg"';
        break;
    }
    if (usage !== null) this.err(pos, usage);
  }

  /** noder.checkUnusedDuringParse: a pragma that no declaration took. */
  checkUnused(pragma: Pragma): void {
    for (const p of pragma.positions) {
      if ((p.flag & pragma.flag) !== 0) this.err(p.pos, 'misplaced compiler directive');
    }
    for (const e of pragma.embeds) this.err(e.pos, 'misplaced go:embed directive');
  }
}
