import { describeRuleCases } from '../../ruleCasesTestKit';

describeRuleCases('low tier, Java', [
  [
    'low-java-weak-digest',
    'java',
    'class H {\n  byte[] digest(byte[] data) throws Exception {\n    return java.security.MessageDigest.getInstance("MD5").digest(data);\n  }\n}\n'.replace(
      'java.security.',
      '',
    ),
    'class H {\n  byte[] digest(byte[] data) throws Exception {\n    return MessageDigest.getInstance("SHA-256").digest(data);\n  }\n}\n',
  ],
  [
    'low-java-util-random',
    'java',
    'class N {\n  String randomName() {\n    String chars = "abc123";\n    Random r = new Random();\n    return "" + chars.charAt(r.nextInt(6));\n  }\n}\n',
    'class N {\n  String randomName() {\n    String chars = "abc123";\n    SecureRandom r = new SecureRandom();\n    return "" + chars.charAt(r.nextInt(6));\n  }\n}\n',
  ],
]);
