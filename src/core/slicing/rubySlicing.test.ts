// Ruby in the slicer's PDG: parameters, assignments (`||=`, element writes), `unless`/modifier control dependence,
// calls named receiver.method, and blocks kept inside the statement that passes them.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { at, fn, hasEdge, linked, slicingKit, stmt } from './slicingTestKit';

const kit = slicingKit(nodeParser(), 'ruby');

describe('Ruby PDGs', () => {
  it('links parameters, assignments and guarded uses', async () => {
    const pdg = fn(
      await kit.pdgs(
        [
          'class Exporter', // 1
          '  def export(dir, opts = {})', // 2
          '    name = opts[:name]', // 3
          '    name ||= "out"', // 4
          '    return nil unless ALLOWED.include?(dir)', // 5
          '    cmd = "tar czf #{name}.tgz #{dir}"', // 6
          '    files = Dir.children(dir).map do |f|', // 7
          '      File.join(dir, f)', // 8
          '    end', // 9
          '    system(cmd) if files.any?', // 10
          '  end', // 11
          'end', // 12
        ].join('\n'),
      ),
      'export',
    );
    expect(at(pdg, 2).defs).toEqual(['dir', 'opts']);
    expect(hasEdge(pdg, 2, 3, 'data', 'opts')).toBe(true);
    expect(hasEdge(pdg, 3, 4, 'data', 'name')).toBe(true);
    expect(hasEdge(pdg, 4, 6, 'data', 'name')).toBe(true);
    expect(hasEdge(pdg, 2, 6, 'data', 'dir')).toBe(true);
    expect(hasEdge(pdg, 6, 10, 'data', 'cmd')).toBe(true);
    // `system(cmd) if files.any?`: the modifier is the header, the call its body.
    const modifier = stmt(pdg, 10, 'if_modifier');
    expect(linked(pdg, at(pdg, 7), modifier, 'data', 'files')).toBe(true);
    expect(linked(pdg, modifier, stmt(pdg, 10, 'call'), 'control')).toBe(true);
    expect(at(pdg, 10).calls).toEqual(['system']);
    // `return nil unless ALLOWED.include?(dir)`: the return runs only when the check fails.
    expect(linked(pdg, stmt(pdg, 5, 'unless_modifier'), stmt(pdg, 5, 'return'), 'control')).toBe(true);
    // The block's parameter and body stay in the statement that passes it.
    expect(at(pdg, 8)).toBe(at(pdg, 7));
    expect(at(pdg, 7).calls).toEqual(expect.arrayContaining(['Dir.children', 'File.join']));
  });
});
