// CWE-915 mass assignment in Ruby on Rails: a model built or updated from the request's whole parameter hash
// (`User.new(params[:user])`, `update(params.permit!)`) lets a caller set any attribute (`admin`, `role`), versus
// strong parameters that list the attributes (`params.require(:user).permit(:name, :email)`).
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { RUBY_REQUEST_TAINT, taintedUnder } from '../../ruleParts/rubyShape';

/** ActiveRecord writers that take an attribute hash. */
const ASSIGNS_ATTRIBUTES =
  /\.(new|create|create!|build|update|update!|update_attributes|update_attributes!|assign_attributes|attributes=|insert|insert!|upsert|first_or_create|first_or_create!|first_or_initialize|find_or_create_by|find_or_create_by!|find_or_initialize_by|create_with)$/;

/** Core and library classes whose constructor takes a value, not a model's attribute hash. */
const NOT_A_MODEL =
  /^(Logger|File|IO|URI|Regexp|Struct|Set|Hash|Array|String|Time|Date|DateTime|Thread|Tempfile|StringIO|Pathname|ERB|Net::\w+|OpenSSL::[\w:]+|Digest::\w+|BigDecimal|Rational|Mutex|Queue)\.new$/;

/** `permit(:a, :b)` keeps the listed keys only; `to_h`/`to_unsafe_h` alone does not. */
const STRONG_PARAMS = RUBY_REQUEST_TAINT(/\.permit$|\.slice$/);

export const rubyMassAssignment = callRule({
  id: 'ruby-mass-assignment',
  cwe: 'CWE-915',
  severity: 'error',
  languages: ['ruby'],
  message:
    'A model is built or updated from request parameters that no permit list restricts, so a caller can set any attribute (admin, role, owner).',
  fix: 'Use strong parameters: `params.require(:user).permit(:name, :email)`, listing only the attributes users may set.',
  callee: { ruby: ASSIGNS_ATTRIBUTES },
  when: (call, ctx) => {
    const attrs = call.args[0];
    if (NOT_A_MODEL.test(call.name)) return false;
    // An attribute hash comes alone: `Paginator.new(count, per_page, params[:page])` takes values.
    if (call.args.filter((a) => a.type !== 'pair').length > 1) return false;
    // A literal hash (`Token.new(:user => user, :action => "recovery")`) names the keys it sets.
    return (
      !!attrs &&
      attrs.type !== 'hash' &&
      attrs.type !== 'pair' &&
      taintedUnder(attrs, 'ruby-mass-assignment', STRONG_PARAMS, ctx)
    );
  },
  guardable: false,
});

export const rubyPermitAll = callRule({
  id: 'ruby-permit-all',
  cwe: 'CWE-915',
  severity: 'error',
  languages: ['ruby'],
  message: '`permit!` marks every request parameter as allowed, which turns strong parameters off.',
  fix: 'List the attributes users may set: `params.require(:user).permit(:name, :email)`.',
  callee: { ruby: /(^|\.)permit!$/ },
  guardable: false,
});

export const rubyMassAssign: readonly Rule[] = [rubyMassAssignment, rubyPermitAll];
