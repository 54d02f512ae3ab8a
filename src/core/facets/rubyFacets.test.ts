// Facets of Ruby code prefixes: `require` names a library, calls on a receiver and bare commands are APIs, backticks
// stand for Kernel#`, and method, variable and constant names are identifiers.
import { describe, expect, it } from 'vitest';
import { deriveFacets } from './deriveFacets';
import { validateKbSources } from '../kbTools/validateKbSources';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { nodeParser } from '../../adapters/node/nodeParser';

const kb = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash: () => 'fixture' });
const facetsOf = (prompt: string) =>
  deriveFacets({ id: 't', language: 'ruby', kind: 'completion', prompt }, kb, nodeParser());

describe('Ruby code prefixes', () => {
  it('reads require as an import, calls with and without parentheses, and backticks', async () => {
    const f = await facetsOf(
      "require 'open3'\nrequire_relative 'lib/paths'\n\ndef archive(folder)\n  system \"tar czf out.tgz #{folder}\"\n  out, _ = Open3.capture2('du', '-sh', folder)\n  `ls #{folder}`\nend\n",
    );
    expect(f.apis).toEqual(expect.arrayContaining(['open3', 'lib.paths', 'system', 'Open3.capture2', 'Kernel.`']));
    expect(f.apis).not.toContain('archive');
    expect(f.identifiers).toEqual(expect.arrayContaining(['archive', 'folder', 'Open3']));
  });

  it('names Rails calls on a chain by their last receiver and method', async () => {
    const f = await facetsOf('def index\n  @users = User.where("name = #{params[:q]}").order(:id)\nend\n');
    expect(f.apis).toEqual(expect.arrayContaining(['User.where']));
    expect(f.identifiers).toContain('params');
  });
});
