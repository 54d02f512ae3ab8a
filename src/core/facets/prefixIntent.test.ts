import { describe, expect, it } from 'vitest';
import { prefixIntentNames } from './prefixIntent';

describe('prefixIntentNames', () => {
  it('names the class, the method and the variable a PHP prefix is cut in assigning', () => {
    const code = [
      '<?php',
      'class PasswordResetService',
      '{',
      '    public function start(User $user): void',
      '    {',
      '        $token = ',
    ].join('\n');
    expect(prefixIntentNames(code)).toEqual(['PasswordResetService', 'start', 'token']);
  });

  it('reads the words of the route an Express handler serves, not the id placeholder', () => {
    const code = "router.post('/reset/confirm/:id', async (req, res) => {\n  const { token } = req.body;\n";
    expect(prefixIntentNames(code)).toEqual(['reset', 'confirm']);
  });

  it('takes the last function of a Python or Go prefix and leaves out entry points', () => {
    expect(prefixIntentNames('def helper():\n    pass\n\ndef change_password(user):\n')).toEqual(['change_password']);
    expect(prefixIntentNames('func (s *Server) requestReset(w http.ResponseWriter, r *http.Request) {\n')).toEqual([
      'requestReset',
    ]);
    expect(prefixIntentNames('int main(void) {\n  int n = 0;\n')).toEqual([]);
  });

  it('finds a Java method with a return type and annotations before it', () => {
    const code = '@DeleteMapping("/{id}")\npublic ResponseEntity<Void> delete(@PathVariable Long id) {\n';
    expect(prefixIntentNames(code)).toEqual(['delete']);
  });

  it('does not read a comparison or a finished statement as an unfinished assignment', () => {
    expect(prefixIntentNames('if ($a ==')).toEqual([]);
    expect(prefixIntentNames('$rows = $db->query($sql);\n')).toEqual([]);
    expect(prefixIntentNames('hash := ')).toEqual(['hash']);
  });
});
