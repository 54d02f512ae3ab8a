// Ruby CWE-918 rule: a request URL fetched by open-uri, Net::HTTP or HTTParty is reported; a literal host with only a
// path from input, a constant base URL, and a URL checked against a host allow-list are not (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-ssrf',
    'ruby',
    'def preview\n  html = URI.open(params[:url].to_s).read\n  render plain: html\nend\n',
    'def preview\n  html = Net::HTTP.get(URI("https://pages.example.com/#{params[:slug].to_i}"))\n  render plain: html\nend\n',
    { requireCleanParse: true, name: 'a URL from the request, or a fixed host with a numeric path' },
  ],
  [
    'ruby-ssrf',
    'ruby',
    'def notify\n  HTTParty.post(params[:callback], body: "done")\n  head :ok\nend\n',
    'API_BASE = "https://hooks.example.com"\ndef notify\n  HTTParty.post("#{API_BASE}/done/#{params[:job]}", body: "done")\n  head :ok\nend\n',
    { requireCleanParse: true, name: 'a callback URL from the request, or a constant base URL' },
  ],
  [
    'ruby-ssrf',
    'ruby',
    'def feed\n  uri = URI.parse(params[:feed].to_s)\n  render plain: Net::HTTP.get(uri)\nend\n',
    'FEED_HOSTS = %w[news.example.org].freeze\ndef feed\n  uri = URI.parse(params[:feed].to_s)\n  return head :bad_request unless uri.is_a?(URI::HTTPS) && FEED_HOSTS.include?(uri.host)\n\n  render plain: Net::HTTP.get(uri)\nend\n',
    { requireCleanParse: true, name: 'a parsed request URL, unchecked or checked against a host allow-list' },
  ],
];

describeRuleCases('Ruby server-side request forgery', CASES);
