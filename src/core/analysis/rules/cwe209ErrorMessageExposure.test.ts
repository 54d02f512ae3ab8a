// CWE-209 sensitive data in error messages: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'py-error-details',
    'python',
    'from flask import request\n@app.route("/load")\ndef load():\n    try:\n        return parse(request.args["f"])\n    except ValueError as e:\n        return f"Error: {e}", 400\n',
    'def parse_config(text):\n    try:\n        return parse(text)\n    except ValueError as e:\n        return f"Error: {e}"\n',
    { name: 'a route answers with the message; a library helper returns it to its caller' },
  ],
  [
    'py-error-details',
    'python',
    'def view(request):\n    try:\n        return do(request)\n    except Exception as e:\n        return HttpResponseBadRequest(str(e))\n',
    'import logging\ndef view(request):\n    try:\n        return do(request)\n    except Exception as e:\n        logging.exception(e)\n        return HttpResponseBadRequest("bad request")\n',
  ],
  [
    'error-details-to-client',
    'go',
    'package m\nfunc h(w http.ResponseWriter, err error) { http.Error(w, err.Error(), 500) }\n',
    'package m\nfunc h(w http.ResponseWriter, err error) { http.Error(w, "internal error", 500) }\n',
  ],
  [
    'error-details-to-client',
    'go',
    'package m\n\nimport "net/http"\n\nfunc load(w http.ResponseWriter, r *http.Request) {\n\tif err := store.Fetch(r.Context()); err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)\n\t}\n}\n',
    'package m\n\nimport "net/http"\n\nfunc load(w http.ResponseWriter, r *http.Request) {\n\tif err := r.ParseForm(); err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusBadRequest)\n\t}\n}\n',
    { name: "a storage error answered with 500; the client's own malformed form with 400", requireCleanParse: true },
  ],
  [
    'error-details-to-client',
    'go',
    'package m\n\nimport "net/http"\n\nfunc ready(w http.ResponseWriter, err error) {\n\thttp.Error(w, err.Error(), http.StatusServiceUnavailable)\n}\n',
    'package m\n\nimport "net/http"\n\nfunc ready(w http.ResponseWriter, err error) {\n\thttp.Error(w, queue.ErrNotReady.Error(), http.StatusServiceUnavailable)\n}\n',
    { name: "any error's text; a package's sentinel error with its fixed text", requireCleanParse: true },
  ],
  [
    'error-details-to-client',
    'go',
    'package m\n\nimport "net/http"\n\nfunc fail(w http.ResponseWriter, err error) {\n\thttp.Error(w, err.Error(), http.StatusBadGateway)\n}\n',
    'package m\n\nimport "net/http"\n\nfunc fail(w http.ResponseWriter, ae apiError) {\n\thttp.Error(w, ae.Error(), ae.Status())\n}\n',
    { name: 'an upstream error; an error type that carries the status it is answered with', requireCleanParse: true },
  ],
  [
    'cs-exception-to-client',
    'csharp',
    m('try { return Ok(); } catch (Exception e) { return BadRequest(e.Message); }'),
    m('try { return Ok(); } catch (Exception e) { _log.LogError(e, "failed"); return BadRequest("error"); }'),
    { requireCleanParse: true },
  ],
  [
    'php-exception-to-client',
    'php',
    '<?php\ntry {\n    $pdo = new PDO($dsn, $user, $pass);\n} catch (PDOException $e) {\n    echo "Could not connect: " . $e->getMessage();\n}\n',
    '<?php\ntry {\n    $pdo = new PDO($dsn, $user, $pass);\n} catch (PDOException $e) {\n    error_log($e->getMessage());\n    echo "Could not connect, please try later.";\n}\n',
    { name: 'echo of the driver message; logged instead', requireCleanParse: true },
  ],
  [
    'php-exception-to-client',
    'php',
    '<?php\ntry {\n    run_job();\n} catch (Exception $ex) {\n    die($ex->getTraceAsString());\n}\n',
    '<?php\ntry {\n    run_job();\n} catch (Exception $ex) {\n    error_log($ex->getTraceAsString());\n    die("job failed");\n}\n',
    { name: 'die with the trace' },
  ],
  [
    'rust-error-to-client',
    'rust',
    'async fn report(State(db): State<Db>) -> (StatusCode, String) {\n    match db.load().await {\n        Ok(r) => (StatusCode::OK, r),\n        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{:?}", e)),\n    }\n}\n',
    'async fn report(State(db): State<Db>) -> (StatusCode, String) {\n    match db.load().await {\n        Ok(r) => (StatusCode::OK, r),\n        Err(e) => {\n            tracing::error!("load failed: {e:?}");\n            (StatusCode::INTERNAL_SERVER_ERROR, "internal error".to_string())\n        }\n    }\n}\n',
    { name: 'Debug text of a database error; logged instead', requireCleanParse: true },
  ],
  [
    'rust-error-to-client',
    'rust',
    'async fn save(Json(b): Json<Item>) -> Result<StatusCode, (StatusCode, String)> {\n    store(&b).map_err(|err| (StatusCode::BAD_REQUEST, err.to_string()))?;\n    Ok(StatusCode::CREATED)\n}\n',
    'async fn save(Json(b): Json<Item>) -> Result<StatusCode, (StatusCode, String)> {\n    store(&b).map_err(|_err| (StatusCode::BAD_REQUEST, "invalid item".to_string()))?;\n    Ok(StatusCode::CREATED)\n}\n',
    { name: 'map_err into the response' },
  ],
  [
    'error-details-to-client',
    'java',
    '@RestController\nclass Up {\n  @PostMapping("/up")\n  ResponseEntity<String> up() {\n    try {\n      save();\n      return ResponseEntity.ok("ok");\n    } catch (IOException e) {\n      return ResponseEntity.status(500).body("failed: " + e.getMessage());\n    }\n  }\n}\n',
    '@RestController\nclass Up {\n  @PostMapping("/up")\n  ResponseEntity<String> up() {\n    try {\n      save();\n      return ResponseEntity.ok("ok");\n    } catch (IOException e) {\n      log.warn("save failed", e);\n      return ResponseEntity.status(500).body("failed");\n    }\n  }\n}\n',
    { name: 'exception text in a Spring response body' },
  ],
  [
    'error-details-to-client',
    'java',
    'import java.io.*;\nimport javax.servlet.http.*;\n\nclass Export extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      run();\n    } catch (IllegalStateException e) {\n      e.printStackTrace(resp.getWriter());\n    }\n  }\n}\n',
    'import java.io.*;\nimport javax.servlet.http.*;\n\nclass Export extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    try {\n      run();\n    } catch (IllegalStateException e) {\n      e.printStackTrace(System.err);\n      resp.sendError(500);\n    }\n  }\n}\n',
    { name: 'a trace into the response; onto the server console', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-209 sensitive data in error messages', CASES);
