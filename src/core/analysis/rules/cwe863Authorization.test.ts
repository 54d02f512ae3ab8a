// CWE-863 incorrect authorisation: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'role-from-client',
    'java',
    'class A { boolean f(HttpServletRequest r) { return "true".equals(r.getHeader("X-Admin")); } }\n',
    'class A { boolean f(User u) { return u.isAdmin(); } }\n',
  ],
  [
    'path-prefix-authorization',
    'javascript',
    "app.use((req, res, next) => { if (req.path.startsWith('/admin') && req.session.role !== 'admin') return res.sendStatus(403); next(); });\n",
    "app.use('/admin', requireAdmin, adminRoutes);\nfunction requireAdmin(req, res, next) { if (req.session.role !== 'admin') return res.sendStatus(403); next(); }\n",
  ],
];

describeRuleCases('CWE-863 incorrect authorisation', CASES);
