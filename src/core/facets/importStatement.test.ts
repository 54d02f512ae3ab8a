import { describe, expect, it } from 'vitest';
import { importStatementNames } from './importStatement';
import { patternImports } from './patternApis';

describe('importStatementNames', () => {
  it('reads a Rust use with a brace group as the module and each item path', () => {
    expect(importStatementNames('use rusqlite::{Connection, params as p};').names.sort()).toEqual([
      'rusqlite',
      'rusqlite.Connection',
      'rusqlite.params',
    ]);
    expect(importStatementNames('pub use std::process::Command;').names).toEqual(['std.process.Command']);
  });

  it('reads C# using directives, static and aliased ones included', () => {
    expect(importStatementNames('using System.Data.SqlClient;').names).toEqual(['System.Data.SqlClient']);
    expect(importStatementNames('using static System.Math;').names).toEqual(['System.Math']);
    expect(importStatementNames('using Xml = System.Xml;').names).toEqual(['System.Xml']);
  });

  it('reads PHP use clauses with backslashes and groups', () => {
    expect(importStatementNames('use App\\Models\\User;').names).toEqual(['App.Models.User']);
    expect(importStatementNames('use Foo\\{Bar, Baz as Q};').names.sort()).toEqual(['Foo', 'Foo.Bar', 'Foo.Baz']);
  });

  it('keeps the package of a Java wildcard import and the from-items of Python and ES modules', () => {
    expect(importStatementNames('import java.sql.*;').names).toEqual(['java.sql']);
    const py = importStatementNames('from flask import redirect, request');
    expect(py.fromItems).toEqual(expect.arrayContaining(['redirect', 'flask.redirect']));
    expect(py.names).toContain('flask');
    const esm = importStatementNames('import { exec, spawn as s } from "child_process";');
    expect(esm.names).toEqual(expect.arrayContaining(['child_process', 'child_process.exec', 'child_process.spawn']));
    expect(esm.fromItems).toContain('child_process.exec');
    expect(importStatementNames('#include <openssl/evp.h>').names).toEqual(['openssl/evp.h']);
    // A C++ standard header is also named in brackets: its bare name is an ordinary word ("thread").
    expect(importStatementNames('#include <thread>').names).toEqual(['thread', '<thread>']);
    expect(importStatementNames('#include <stdio.h>').names).toEqual(['stdio.h']);
  });

  it('is reached by the pattern fallback for use and using, but not for a using block', () => {
    const code = 'using System.Xml;\nusing (var r = XmlReader.Create(s)) { }\nuse std::fs;';
    expect(patternImports(code).names).toEqual(['System.Xml', 'std.fs']);
  });
});
