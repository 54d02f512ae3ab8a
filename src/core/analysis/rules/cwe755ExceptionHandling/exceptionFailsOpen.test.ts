// CWE-755 fail-open handlers: each case is a handler that turns a failed check into success, beside a twin that
// refuses instead (our own snippets).
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../../analyzeCode';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'exception-fails-open',
    'python',
    'import jwt\n\ndef user_of(token, key):\n    try:\n        jwt.decode(token, key, algorithms=["HS256"])\n    except Exception:\n        pass\n    return find_user(token)\n',
    'import jwt\n\ndef user_of(token, key):\n    try:\n        jwt.decode(token, key, algorithms=["HS256"])\n    except jwt.InvalidTokenError:\n        return None\n    return find_user(token)\n',
    { name: 'a swallowed token check falls through to the user' },
  ],
  [
    'exception-fails-open',
    'python',
    'def may_edit(user, doc):\n    try:\n        if user.id not in acl_for(doc):\n            return False\n    except Exception:\n        return True\n    return True\n',
    'def may_edit(user, doc):\n    try:\n        if user.id not in acl_for(doc):\n            return False\n    except Exception:\n        return False\n    return True\n',
    { name: 'a predicate answers yes when the lookup fails' },
  ],
  [
    'exception-fails-open',
    'python',
    'def check(sig, body, key):\n    try:\n        verify_signature(key, body, sig)\n    except ValueError:\n        log.warning("bad signature")\n',
    'def check(sig, body, key):\n    try:\n        verify_signature(key, body, sig)\n    except ValueError:\n        log.warning("bad signature")\n        raise\n',
    { name: 'a logged but swallowed verification' },
  ],
  [
    'exception-fails-open',
    'javascript',
    'function auth(req, res, next) {\n  try {\n    req.user = jwt.verify(req.headers.token, KEY);\n  } catch (e) {\n    next();\n  }\n  next();\n}\n',
    'function auth(req, res, next) {\n  try {\n    req.user = jwt.verify(req.headers.token, KEY);\n  } catch (e) {\n    return res.status(401).end();\n  }\n  next();\n}\n',
    { name: 'Express next() in the catch' },
  ],
  [
    'exception-fails-open',
    'java',
    'class Gate {\n  boolean allowed(String token) {\n    try {\n      verifier.verify(token);\n    } catch (Exception e) {\n      return true;\n    }\n    return true;\n  }\n}\n',
    'class Gate {\n  boolean allowed(String token) {\n    try {\n      verifier.verify(token);\n    } catch (Exception e) {\n      return false;\n    }\n    return true;\n  }\n}\n',
  ],
  [
    'exception-fails-open',
    'csharp',
    'class Gate {\n  bool Allowed(string user, string role) {\n    try {\n      CheckPermission(user, role);\n    } catch { }\n    return true;\n  }\n}\n',
    'class Gate {\n  bool Allowed(string user, string role) {\n    try {\n      CheckPermission(user, role);\n    } catch (UnauthorizedAccessException) {\n      return false;\n    }\n    return true;\n  }\n}\n',
  ],
  [
    'exception-fails-open',
    'php',
    '<?php\nfunction may_read($user, $doc) {\n    try {\n        authorize($user, $doc);\n    } catch (Exception $e) {\n    }\n    return true;\n}\n',
    '<?php\nfunction may_read($user, $doc) {\n    try {\n        authorize($user, $doc);\n    } catch (Exception $e) {\n        return false;\n    }\n    return true;\n}\n',
  ],
  [
    'exception-fails-open',
    'cpp',
    '#include <string>\nbool accept(const std::string &msg, const std::string &sig) {\n    try {\n        verify_signature(msg, sig);\n    } catch (...) {\n        return true;\n    }\n    return true;\n}\n',
    '#include <string>\nbool accept(const std::string &msg, const std::string &sig) {\n    try {\n        verify_signature(msg, sig);\n    } catch (...) {\n        return false;\n    }\n    return true;\n}\n',
  ],
  [
    'exception-fails-open',
    'javascript',
    'function requireUser(req, res, next) {\n  try {\n    req.user = jwt.verify(req.cookies.session, KEY);\n  } catch (err) {\n    req.user = null;\n  }\n  next();\n}\n',
    'function requireUser(req, res, next) {\n  try {\n    req.user = jwt.verify(req.cookies.session, KEY);\n  } catch (err) {\n    return next(err);\n  }\n  next();\n}\n',
    { name: 'the handler falls through to next()' },
  ],
  [
    'exception-fails-open',
    'java',
    'class Policy {\n  boolean canEdit(String user, String doc) {\n    try {\n      return client.check(user, "edit", doc);\n    } catch (Exception e) {\n      LOG.warning("check failed");\n      return true;\n    }\n  }\n}\n',
    'class Policy {\n  boolean canEdit(String user, String doc) {\n    try {\n      return client.check(user, "edit", doc);\n    } catch (Exception e) {\n      LOG.warning("check failed");\n      return false;\n    }\n  }\n}\n',
    { name: 'the try returns the verdict, the handler says yes' },
  ],
  [
    'exception-fails-open',
    'csharp',
    'class Invoice {\n  static bool IsValid(SignedXml signed) {\n    bool valid = true;\n    try {\n      valid = signed.CheckSignature();\n    } catch { }\n    return valid;\n  }\n}\n',
    'class Invoice {\n  static bool IsValid(SignedXml signed) {\n    bool valid = false;\n    try {\n      valid = signed.CheckSignature();\n    } catch { }\n    return valid;\n  }\n}\n',
    { name: 'a verdict flag preset to true survives the exception' },
  ],
  [
    'exception-fails-open',
    'php',
    "<?php\nfunction allowed(string $t, string $k): bool\n{\n    try {\n        JWT::decode($t, new Key($k, 'HS256'));\n    } catch (Exception $e) {\n    }\n    return true;\n}\n",
    "<?php\nfunction allowed(string $t, string $k): bool\n{\n    try {\n        JWT::decode($t, new Key($k, 'HS256'));\n    } catch (Exception $e) {\n        return false;\n    }\n    return true;\n}\n",
    { name: "PHP's JWT::decode is a security call" },
  ],
];

describeRuleCases('CWE-755 fail-open exception handlers', CASES);

describe('exception-fails-open tiers', () => {
  it('is a note when a predicate with no security call or verdict name fails open', async () => {
    const code =
      'def looks_numeric(text):\n    try:\n        return float(text) >= 0\n    except ValueError:\n        return True\n';
    const tiers = (await analyzeCode(code, 'python', nodeParser())).findings
      .filter((f) => f.rule === 'exception-fails-open')
      .map((f) => f.tier);
    expect(tiers).toEqual(['note']);
  });
});
