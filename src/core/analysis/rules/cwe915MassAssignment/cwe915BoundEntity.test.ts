// CWE-915 bound-entity-persisted: an entity bound whole from the request and saved (flagged); an input model copied
// field by field (not flagged). Our own snippets.
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const R = 'bound-entity-persisted';
const CASES: RuleCase[] = [
  [
    R,
    'java',
    'class C {\n  @PostMapping("/accounts")\n  public Account create(@RequestBody Account account) {\n    return repo.save(account);\n  }\n}\n',
    'class C {\n  @PostMapping("/accounts")\n  public Account create(@RequestBody AccountForm form) {\n    return repo.save(form.toAccount());\n  }\n}\n',
    { name: 'Spring @RequestBody entity; a form object', requireCleanParse: true },
  ],
  [
    R,
    'csharp',
    'public class C : ControllerBase\n{\n    [HttpPut]\n    public IActionResult Put([FromBody] Product product)\n    {\n        _db.Update(product);\n        _db.SaveChanges();\n        return Ok();\n    }\n}\n',
    'public class C : ControllerBase\n{\n    [HttpPut]\n    public IActionResult Put([FromBody] ProductDto dto)\n    {\n        var p = _db.Products.Find(dto.Id);\n        p.Name = dto.Name;\n        _db.Update(p);\n        _db.SaveChanges();\n        return Ok();\n    }\n}\n',
    { name: '[FromBody] entity updated; a DTO copied', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-915 entities bound from the request and saved', CASES);
