// What an authentication or an authorisation check looks like in the text of a web handler (ruleParts/
// webHandlerScope.ts gives that text), and what a sensitive operation looks like. Shared by the missing-check rules
// of CWE-306 (no authentication in sight) and CWE-862 (the user is known, the object's owner is never compared).
// Written broad on purpose: these rules report an *absence*, so anything that could be a check silences them.

/** Decorators, middleware, annotations, attributes and calls that authenticate the caller. */
export const AUTHENTICATION = new RegExp(
  [
    String.raw`login_required|jwt_required|auth_required|token_required|permission_required|roles?_required|admin_required`,
    String.raw`staff_member_required|superuser_required|user_passes_test|requires?_?(auth|login|role|admin|permission|user)`,
    String.raw`IsAuthenticated|Depends\(\s*\w*(current|auth|user|token|verify|admin)|current_user|request\.user\b|g\.user\b`,
    // Flask's session, not SQLAlchemy's `db.session`.
    String.raw`(?<![\w.])session(\[|\.get\(|\.user)|req\.session|req\.user|req\.auth|ctx\.state\.user|res\.locals\.user`,
    String.raw`[Vv]erify_?[Tt]oken|[Cc]heck_?[Aa]uth|[Aa]uthenticat|ensure\w*(Auth|Login|Admin|User)|require\w*(Auth|Login|Admin|Role|User)`,
    String.raw`passport|[Jj]wt|[Bb]earer|[Aa]pi_?[Kk]ey|[Aa]uthorization|@PreAuthorize|@Secured|@RolesAllowed|\bPrincipal\b`,
    String.raw`SecurityContextHolder|getUserPrincipal|getRemoteUser|isUserInRole|getSession\(|\[\s*Authorize|User\.Identity`,
    String.raw`IsInRole|ClaimsPrincipal|HttpContext\.User|\$_SESSION|Auth::|auth\(\)|->user\(\)|->middleware\(`,
    String.raw`[Ss]ession[Uu]ser|current[Uu]ser|Current[Uu]ser|is_?admin|isAdmin|IsAdmin|[Ll]ogged_?[Ii]n|signed_?in`,
    // A PHP script that includes its guard: `require 'auth.php'`, `include_once 'check_login.php'`.
    String.raw`\b(require|include)(_once)?\b[^;\n]*(auth|login|session|guard|acl|permission)`,
  ].join('|'),
);

/**
 * The handler relates the object to the caller, or checks a role or permission: an owner field, the user's id, a
 * scope filter by the user, a policy call. `isset($_SESSION['user_id'])`-style presence tests are removed first
 * (`withoutPresenceTests`): they authenticate, they do not compare.
 */
export const OWNERSHIP_OR_ROLE = new RegExp(
  [
    String.raw`owner|Owner|OWNER|(?<![Uu]n|[Rr]e)author(?!i[sz])|(?<![Uu]n|[Rr]e)Author(?!i[sz])|created_?by|createdBy|CreatedBy|user_?id|userId|UserId|UserID|account_?id`,
    String.raw`accountId|AccountId|tenant|Tenant|customer_?id|customerId|CustomerId`,
    String.raw`\b(current_user|req\.user|request\.user|g\.user|user|principal|currentUser|User|claims)\.(id|ID|Id|pk|getName|getId|username|Username|name|Name)\b`,
    String.raw`=\s*(request\.user|current_user)\b|NameIdentifier|GetUserId|getUserPrincipal`,
    String.raw`is_\w*(admin|staff|manager|moderator)|is[A-Z]\w*(Admin|Staff|Manager|Moderator)|isAdmin|IsAdmin|is_superuser|hasRole|hasAuthority|IsInRole|has_perm|has_permission|hasPermission`,
    String.raw`\bcan(_[a-z]\w*|[A-Z]\w*)?\(|->can\(|authorize\(|Authorize\(|[Pp]olicy|Gate::|check_?object_?permissions|\brole\b|\bRole\b|\broles\b`,
    // Middleware that admits administrators only (`requireAdmin(h)`, `admin_only`): a role check by its name.
    String.raw`(require|ensure|only)_?(Admin|admin|Role|role)|[Aa]dmin_?[Oo]nly|admin_required`,
    // Permission gates on the view or method: Django's PermissionRequiredMixin, DRF permission classes, Spring roles.
    String.raw`PermissionRequired|permission_required|permission_classes|UserPassesTest|user_passes_test|@PreAuthorize|@Secured|@RolesAllowed`,
    String.raw`\b(require|include)(_once)?\b[^;\n]*admin\w*(guard|check|auth)`,
  ].join('|'),
);

/** `isset($_SESSION['user_id'])`, `empty(...)`, `user == nil`: presence tests that authenticate without comparing. */
export function withoutPresenceTests(text: string): string {
  return text.replace(/\b(isset|empty)\s*\([^()]*(\([^()]*\))?[^()]*\)/g, ' ');
}

/** A record removed by a data-access call (`db.session.delete(u)`, `User.findByIdAndDelete`, `_db.Users.Remove`). */
export const RECORD_DELETE =
  /(^|\.|->|::)(delete|remove|destroy|deleteById|deleteOne|deleteMany|findByIdAndDelete|findOneAndDelete|findByIdAndRemove|Remove|RemoveRange|DeleteAsync|DeleteOne|deleteAll|forceDelete)$/;

/** The receiver of such a call is a data store (a session, repository, model class, table set, query), not a map. */
export const DATA_RECEIVER =
  /(^|\.|->|\$)(db|_db|session|objects|query|filter|filter_by|where|Where|repo\w*|\w*Repository|\w*Repo|\w*[Dd]ao|_?context|_?[Cc]ontext|store|Store|collection|[A-Z]\w*|\w+Service|this->\w+|users|accounts|_\w+)$/;

/** Credential, role and money operations: the ones an anonymous caller must never reach. */
export const CREDENTIAL_OR_ROLE_CHANGE =
  /(^|\.|->|::)(set_?password|setPassword|SetPassword|change_?password|changePassword|ChangePassword(Async)?|update_?password|updatePassword|ResetPasswordAsync|set_?role|setRole|SetRole|add_?role|addRole|AddToRoleAsync|grant_?\w*|promote\w*|make_?admin|setAdmin|set_admin|transfer_?\w*|withdraw\w*|payout\w*|refund\w*|Refund\w*|Transfer\w*)$/;

/** SQL text that deletes rows or rewrites a credential, role or balance column. */
export const SENSITIVE_SQL =
  /^\s*(['"`]|@"|\$")\s*(DELETE\s+FROM|UPDATE\s+\w+\s+SET\s+[^'"`]*\b(role|password|passwd|is_admin|admin|balance|email)\b)/i;

/** What a sign-up, password reset by token or log-in route does: open to anonymous callers by design. */
export const OPEN_BY_DESIGN = /regist|sign_?up|signUp|SignUp|forgot|reset_?token|token|otp|verify|login|Login|logout/;
