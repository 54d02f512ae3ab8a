// CWE-259 hard-coded passwords: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string): string =>
  `using System;\nclass A\n{\n    object F(string s)\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'hardcoded-password',
    'python',
    'dbPassword = "Tr0ub4dor3"\n',
    'dbPasswordField = "Tr0ub4dor3"\n',
    { cwe: 'CWE-259', name: 'camelCase name' },
  ],
  [
    'hardcoded-password',
    'python',
    'def login(conf):\n    if conf.admin_password == "Tr0ub4dor3":\n        return True\n',
    'def hasher(conf):\n    if conf.password_hash_algorithm == "bcrypt":\n        return bcrypt_hash\n',
    { name: 'a password compared with a literal; the name of the hashing algorithm set for passwords' },
  ],
  [
    'hardcoded-password',
    'python',
    'DB_PASSWORD = "s3cr3t-Value"\n',
    'import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n',
    { cwe: 'CWE-259' },
  ],
  [
    'hardcoded-password',
    'python',
    'def login(user, password):\n    return user == "admin" and password == "Winter2024!"\n',
    'import hmac\ndef login(user, password, stored):\n    return hmac.compare_digest(hash_of(password), stored)\n',
    { name: 'compared with a literal' },
  ],
  [
    'hardcoded-password',
    'javascript',
    "function login(user, password) {\n  return user === 'admin' && password === 'S3cret-Admin';\n}\n",
    "function login(user, password) {\n  if (typeof password !== 'string' || password.length < 12) return false;\n  return checkHash(user, password);\n}\n",
    { name: 'a typeof check is not a password' },
  ],
  [
    'hardcoded-password',
    'javascript',
    "const smtp = { user: 'mailer', password: 'm4il-Secret' };\n",
    "const smtp = { user: 'mailer', password: process.env.SMTP_PASSWORD };\n",
  ],
  [
    'hardcoded-password',
    'java',
    'class Db { private static final String DB_PASSWORD = "pr0d-Passw0rd"; }\n',
    'class Db { private static final String DB_PASSWORD = System.getenv("DB_PASSWORD"); }\n',
  ],
  [
    'hardcoded-password',
    'go',
    'package m\n\nconst adminPassword = "letMe1nNow"\n',
    'package m\n\nimport "os"\n\nvar adminPassword = os.Getenv("ADMIN_PASSWORD")\n',
  ],
  [
    'hardcoded-password',
    'go',
    'package ldapx\n\nconst (\n\tBindPassword = "Adm1n.2024"\n)\n',
    'package ldapx\n\nconst (\n\tControlTypePasswordExpired = "2.16.840.1.113730.3.4.4"\n)\n',
    { name: 'a password with a dot, or the object identifier of a password control' },
  ],
  [
    'credential-in-literal',
    'go',
    'package m\nconst dsn = "postgres://app:s3cr3tpw@db:5432/x"\n',
    'package m\nvar dsn = os.Getenv("DATABASE_URL")\n',
    { cwe: 'CWE-259' },
  ],
  [
    'credential-in-literal',
    'php',
    "<?php\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', 'Sh0p-pass');\n",
    "<?php\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', getenv('DB_PASSWORD'));\n",
    { name: 'PDO password argument' },
  ],
  [
    'cs-connection-string-password',
    'csharp',
    m('return new SqlConnection("Server=db;User Id=app;Password=hunter22;");'),
    m('return new SqlConnection(config.GetConnectionString("Main"));'),
    { requireCleanParse: true, cwe: 'CWE-259' },
  ],
  [
    'cs-hardcoded-password',
    'csharp',
    m('string adminPassword = "Adm1n-2024"; return adminPassword;'),
    m('string adminPassword = Environment.GetEnvironmentVariable("ADMIN_PASSWORD"); return adminPassword;'),
    { requireCleanParse: true },
  ],
  [
    'rust-hardcoded-password',
    'rust',
    'const DB_PASSWORD: &str = "pr0d-Passw0rd";\nfn p() -> &\'static str { DB_PASSWORD }',
    'const DB_PASSWORD_ENV: &str = "DB_PASSWORD";\nfn p() -> String { std::env::var(DB_PASSWORD_ENV).unwrap_or_default() }',
  ],
  [
    'rust-hardcoded-password',
    'rust',
    'fn connect() -> Client {\n    let password = "hunter2-prod!";\n    Client::connect(&format!("host=db user=app password={password}"), NoTls).unwrap()\n}\n',
    'fn connect() -> Client {\n    let password = std::env::var("DB_PASSWORD").expect("DB_PASSWORD");\n    Client::connect(&format!("host=db user=app password={password}"), NoTls).unwrap()\n}\n',
    { name: 'a let binding', requireCleanParse: true },
  ],
  [
    'java-literal-connection-password',
    'java',
    'class Repo {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection("jdbc:postgresql://db/shop", "shop", "Winter2024!");\n  }\n}\n',
    'class Repo {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection("jdbc:postgresql://db/shop", "shop", System.getenv("DB_PASSWORD"));\n  }\n}\n',
    { name: 'DriverManager with a literal password', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-259 hard-coded passwords', CASES);
