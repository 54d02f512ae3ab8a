// CWE-347 improper verification of cryptographic signatures: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'js-jwt-none-algorithm',
    'javascript',
    "function read(token) {\n  return jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });\n}\n",
    "function read(token) {\n  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });\n}\n",
  ],
  [
    'js-jwt-none-algorithm',
    'typescript',
    "const OPTIONS = { algorithms: ['None'] };\nexport const read = (t: string) => jwt.verify(t, key, OPTIONS);\n",
    "const OPTIONS = { algorithms: ['ES256'] };\nexport const read = (t: string) => jwt.verify(t, key, OPTIONS);\n",
    { name: 'options held in a constant' },
  ],
  [
    'js-jwt-algorithms-open',
    'javascript',
    "const publicKey = fs.readFileSync('keys/public.pem');\nfunction auth(req, res, next) {\n  req.user = jwt.verify(req.headers.authorization, publicKey);\n  next();\n}\n",
    "const publicKey = fs.readFileSync('keys/public.pem');\nfunction auth(req, res, next) {\n  req.user = jwt.verify(req.headers.authorization, publicKey, { algorithms: ['RS256'] });\n  next();\n}\n",
  ],
  [
    'js-jwt-algorithms-open',
    'typescript',
    "export const check = (token: string) => jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { issuer: 'me' });\n",
    "export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { issuer: 'me' });\n",
    { name: 'an HMAC secret is not confusable' },
  ],
  [
    'go-jwt-any-algorithm',
    'go',
    'package m\nfunc P(t string, key []byte) (*jwt.Token, error) {\n\treturn jwt.Parse(t, func(tok *jwt.Token) (interface{}, error) {\n\t\treturn key, nil\n\t})\n}\n',
    'package m\nfunc P(t string, key []byte) (*jwt.Token, error) {\n\treturn jwt.Parse(t, func(tok *jwt.Token) (interface{}, error) {\n\t\tif _, ok := tok.Method.(*jwt.SigningMethodHMAC); !ok {\n\t\t\treturn nil, errBadAlg\n\t\t}\n\t\treturn key, nil\n\t})\n}\n',
  ],
  [
    'py-jwt-no-verify',
    'python',
    'import jwt\ndef f(t):\n    return jwt.decode(t, options={"verify_signature": False})\n',
    'import jwt\ndef f(t, k):\n    return jwt.decode(t, k, algorithms=["HS256"])\n',
  ],
  [
    'jwt-decode-unverified',
    'javascript',
    'function f(t) { return jwt.decode(t); }\n',
    'function f(t) { return jwt.verify(t, key, { algorithms: ["HS256"] }); }\n',
  ],
  [
    'cs-jwt-signature-unchecked',
    'csharp',
    m('return new TokenValidationParameters { RequireSignedTokens = false };'),
    m('return new TokenValidationParameters { RequireSignedTokens = true };'),
    { requireCleanParse: true },
  ],
  [
    'c-jwt-unverified',
    'c',
    'int claims(const char *token, jwt_t **jwt) {\n  return jwt_decode(jwt, token, NULL, 0);\n}\n',
    'int claims(const char *token, const unsigned char *key, int key_len, jwt_t **jwt) {\n  return jwt_decode(jwt, token, key, key_len);\n}\n',
    { name: 'libjwt without a key', requireCleanParse: true },
  ],
  [
    'c-jwt-unverified',
    'cpp',
    'std::string subject(const std::string &token) {\n  auto decoded = jwt::decode(token);\n  return decoded.get_subject();\n}\n',
    'std::string subject(const std::string &token, const std::string &secret) {\n  auto decoded = jwt::decode(token);\n  jwt::verify().allow_algorithm(jwt::algorithm::hs256{secret}).verify(decoded);\n  return decoded.get_subject();\n}\n',
    { name: 'jwt-cpp decode without a verifier' },
  ],
  [
    'rust-jwt-unverified',
    'rust',
    'fn claims(token: &str, key: &DecodingKey) -> Claims {\n    let mut v = Validation::new(Algorithm::HS256);\n    v.insecure_disable_signature_validation();\n    decode::<Claims>(token, key, &v).unwrap().claims\n}\n',
    'fn claims(token: &str, key: &DecodingKey) -> Claims {\n    let v = Validation::new(Algorithm::HS256);\n    decode::<Claims>(token, key, &v).unwrap().claims\n}\n',
    { requireCleanParse: true },
  ],
  [
    'rust-jwt-unverified',
    'rust',
    'fn claims(token: &str) -> Option<Claims> {\n    Some(dangerous_insecure_decode::<Claims>(token).ok()?.claims)\n}\n',
    'fn claims(token: &str, key: &DecodingKey) -> Option<Claims> {\n    Some(decode::<Claims>(token, key, &Validation::default()).ok()?.claims)\n}\n',
    { name: 'the older insecure decode called with a turbofish', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-347 improper verification of cryptographic signatures', CASES);
