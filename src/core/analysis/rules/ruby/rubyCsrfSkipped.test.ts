// Ruby CWE-352 rule: the CSRF check skipped in a cookie-session controller is reported; other callbacks skipped, a
// controller that authenticates by token header and a webhook that checks a signature are not (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-csrf-check-skipped',
    'ruby',
    'class PasswordsController < ApplicationController\n  skip_before_action :verify_authenticity_token, only: :update\nend\n',
    'class PasswordsController < ApplicationController\n  skip_before_action :require_login, only: :edit\nend\n',
    { requireCleanParse: true, name: 'the token check skipped, or another callback skipped' },
  ],
  [
    'ruby-csrf-protection-skipped',
    'ruby',
    'class CartsController < ApplicationController\n  skip_forgery_protection\nend\n',
    'class CartsController < ApplicationController\n  skip_forgery_protection\n  before_action { authenticate_or_request_with_http_token { |t, _| Key.exists?(value: t) } }\nend\n',
    { requireCleanParse: true, name: 'skip_forgery_protection with a session, or with token authentication' },
  ],
  [
    'ruby-csrf-check-skipped',
    'ruby',
    'class PaymentsController < ApplicationController\n  skip_before_action :verify_authenticity_token\n\n  def create\n    head :ok\n  end\nend\n',
    'class PaymentWebhooksController < ApplicationController\n  skip_before_action :verify_authenticity_token\n\n  def create\n    Stripe::Webhook.construct_event(request.raw_post, request.headers["Stripe-Signature"], SECRET)\n    head :ok\n  end\nend\n',
    { requireCleanParse: true, name: 'a browser-facing controller, or a webhook that checks its signature' },
  ],
];

describeRuleCases('Ruby CSRF check skipped', CASES);
