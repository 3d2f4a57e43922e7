// Label and branch checks of one function body, as cmd/compile's parser runs them (syntax/branches.go,
// the CheckBranches mode): undefined, duplicate and unused labels; goto jumping into a block or over a
// variable declaration; break, continue and fallthrough out of place; invalid break/continue labels.
// cmd/compile reports these during parsing (the type checker is told to ignore branch errors), and they
// are not "syntax error"s: type checking still runs after them.
//
// Positions inside messages ("jumps into block starting at ./prog.go:4:2") use the file name given to
// the parser, as the compiler prints the name it was given.

import type {
  BlockStmt,
  BranchStmt,
  CaseClause,
  CommClause,
  ForStmt,
  LabeledStmt,
  Pos,
  RangeStmt,
  SelectStmt,
  Stmt,
  SwitchStmt,
  TypeSwitchStmt,
} from './ast.ts';
import { NoPos, positionAt, syntaxPos } from './ast.ts';
import { exprListString } from './printer.ts';

type BreakTarget = ForStmt | RangeStmt | SwitchStmt | TypeSwitchStmt | SelectStmt;
type ContinueTarget = ForStmt | RangeStmt;

interface Block {
  parent: Block | null;
  /** Start of the block (its {, or the case keyword of a clause). */
  start: Pos;
  /** The labeled statement this block belongs to, if any. */
  lstmt: LabeledStmt | null;
}

interface Label {
  parent: Block;
  lstmt: LabeledStmt;
  used: boolean;
}

interface Targets {
  breaks: BreakTarget | null;
  continues: ContinueTarget | null;
  /** Index of the clause in the immediately enclosing switch, or -1. */
  caseIndex: number;
}

/** Marks a label that exists but does not enclose the branch. */
const invalidTarget = 'invalid';

/** Checks the branches of a function body; errors go to `err(pos, msg)`. */
export function checkBranches(
  body: BlockStmt,
  filename: string,
  lineStarts: readonly number[],
  err: (pos: Pos, msg: string) => void,
): void {
  const labels = new Map<string, Label>();
  const posString = (p: Pos): string => {
    const q = positionAt(lineStarts, p);
    return `${filename}:${q.line}:${q.col}`;
  };

  function declare(b: Block, s: LabeledStmt): Label {
    const name = s.label.name;
    const alt = labels.get(name);
    if (alt !== undefined) {
      err(s.label.pos, `label ${name} already defined at ${posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    labels.set(name, l);
    return l;
  }

  function gotoTarget(b: Block | null, name: string): LabeledStmt | null {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true; // even if it's not a valid target
      for (; b !== null; b = b.parent) if (l.parent === b) return l.lstmt;
    }
    return null;
  }

  function enclosingTarget(b: Block | null, name: string): LabeledStmt | typeof invalidTarget | null {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true; // even if it's not a valid target
      for (; b !== null; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
      return invalidTarget;
    }
    return null;
  }

  function blockBranches(
    parent: Block | null,
    ctxt: Targets,
    lstmtIn: LabeledStmt | null,
    start: Pos,
    body: readonly Stmt[],
  ): BranchStmt[] {
    const b: Block = { parent, start, lstmt: lstmtIn };
    let varPos = NoPos;
    let varName = '';
    let fwdGotos: BranchStmt[] = [];
    let badGotos: BranchStmt[] = [];
    let lstmt: LabeledStmt | null = lstmtIn;

    const recordVarDecl = (pos: Pos, name: string): void => {
      varPos = pos;
      varName = name;
      badGotos = fwdGotos.slice();
    };
    const jumpsOverVarDecl = (fwd: BranchStmt): boolean => varPos !== NoPos && badGotos.includes(fwd);
    const innerBlock = (c: Targets, st: Pos, list: readonly Stmt[]): void => {
      for (const g of blockBranches(b, c, lstmt, st, list)) fwdGotos.push(g);
    };

    const list = trimTrailingEmptyStmts(body);
    for (let stmtIndex = 0; stmtIndex < list.length; stmtIndex++) {
      let stmt: Stmt = list[stmtIndex];
      lstmt = null;
      for (;;) {
        if (stmt.kind === 'LabeledStmt') {
          const s = stmt;
          const name = s.label.name;
          if (name !== '_') {
            const l = declare(b, s);
            const keep: BranchStmt[] = [];
            for (const fwd of fwdGotos) {
              if (fwd.label!.name === name) {
                l.used = true;
                if (jumpsOverVarDecl(fwd)) {
                  err(
                    fwd.label!.pos,
                    `goto ${name} jumps over declaration of ${varName} at ${posString(varPos)}`,
                  );
                }
              } else keep.push(fwd);
            }
            fwdGotos = keep;
            lstmt = s;
          }
          stmt = s.stmt;
          continue;
        }
        break;
      }

      switch (stmt.kind) {
        case 'DeclStmt':
          if (stmt.decl.tok === 'var') {
            const spec = stmt.decl.specs[0];
            if (spec !== undefined && spec.kind === 'ValueSpec') recordVarDecl(spec.pos, spec.names[0].name);
          }
          break;
        case 'BranchStmt': {
          const s = stmt;
          if (s.label === null) {
            switch (s.tok) {
              case 'break':
                if (ctxt.breaks === null) err(s.pos, 'break is not in a loop, switch, or select');
                break;
              case 'continue':
                if (ctxt.continues === null) err(s.pos, 'continue is not in a loop');
                break;
              case 'fallthrough': {
                let msg: string | null = 'fallthrough statement out of place';
                const t = ctxt.breaks;
                if (t !== null && (t.kind === 'SwitchStmt' || t.kind === 'TypeSwitchStmt')) {
                  if (t.kind === 'TypeSwitchStmt') msg = 'cannot fallthrough in type switch';
                  else if (ctxt.caseIndex < 0 || stmtIndex + 1 < list.length) {
                    // out of place
                  } else if (ctxt.caseIndex + 1 === t.clauses.length) {
                    msg = 'cannot fallthrough final case in switch';
                  } else msg = null; // fallthrough ok
                }
                if (msg !== null) err(s.pos, msg);
                break;
              }
              case 'goto':
                break; // always has a label
            }
            break;
          }
          const name = s.label.name;
          switch (s.tok) {
            case 'break': {
              const t = enclosingTarget(b, name);
              if (t === null) err(s.label.pos, `break label not defined: ${name}`);
              else if (t === invalidTarget || !isBreakTarget(t.stmt))
                err(s.label.pos, `invalid break label ${name}`);
              break;
            }
            case 'continue': {
              const t = enclosingTarget(b, name);
              if (t === null) err(s.label.pos, `continue label not defined: ${name}`);
              else if (t === invalidTarget || (t.stmt.kind !== 'ForStmt' && t.stmt.kind !== 'RangeStmt')) {
                err(s.label.pos, `invalid continue label ${name}`);
              }
              break;
            }
            case 'goto':
              if (gotoTarget(b, name) === null) fwdGotos.push(s);
              break;
            case 'fallthrough':
              break; // never has a label
          }
          break;
        }
        case 'AssignStmt':
          if (stmt.tok === ':=') recordVarDecl(syntaxPos(stmt), exprListString(stmt.lhs));
          break;
        case 'BlockStmt':
          innerBlock({ breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 }, stmt.pos, stmt.list);
          break;
        case 'IfStmt': {
          const inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
          innerBlock(inner, stmt.body.pos, stmt.body.list);
          if (stmt.else !== null) innerBlock(inner, stmt.else.pos, [stmt.else]);
          break;
        }
        case 'ForStmt':
        case 'RangeStmt':
          innerBlock({ breaks: stmt, continues: stmt, caseIndex: -1 }, stmt.body.pos, stmt.body.list);
          break;
        case 'SwitchStmt':
        case 'TypeSwitchStmt': {
          const clauses: CaseClause[] = stmt.clauses;
          clauses.forEach((cc, i) => {
            innerBlock({ breaks: stmt, continues: ctxt.continues, caseIndex: i }, cc.pos, cc.body);
          });
          break;
        }
        case 'SelectStmt': {
          const clauses: CommClause[] = stmt.clauses;
          for (const cc of clauses) {
            innerBlock({ breaks: stmt, continues: ctxt.continues, caseIndex: -1 }, cc.pos, cc.body);
          }
          break;
        }
      }
    }
    return fwdGotos;
  }

  const fwdGotos = blockBranches(
    null,
    { breaks: null, continues: null, caseIndex: -1 },
    null,
    body.pos,
    body.list,
  );
  for (const fwd of fwdGotos) {
    const name = fwd.label!.name;
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true; // avoid "defined and not used"
      err(fwd.label!.pos, `goto ${name} jumps into block starting at ${posString(l.parent.start)}`);
    } else {
      err(fwd.label!.pos, `label ${name} not defined`);
    }
  }
  for (const l of labels.values()) {
    if (!l.used) err(l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`);
  }
}

function isBreakTarget(s: Stmt): boolean {
  return (
    s.kind === 'SwitchStmt' ||
    s.kind === 'TypeSwitchStmt' ||
    s.kind === 'SelectStmt' ||
    s.kind === 'ForStmt' ||
    s.kind === 'RangeStmt'
  );
}

function trimTrailingEmptyStmts(list: readonly Stmt[]): readonly Stmt[] {
  for (let i = list.length; i > 0; i--) {
    if (list[i - 1].kind !== 'EmptyStmt') return list.slice(0, i);
  }
  return [];
}
