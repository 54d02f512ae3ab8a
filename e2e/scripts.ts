// Scripts for the scripted test engine: what the "model" answers in each end-to-end journey.
export const PING_SCRIPT = {
  rules: [
    {
      match: 'Review this',
      reply:
        'The host reaches a shell. Revised:\n```python\nimport subprocess\n\n\ndef ping(host):\n    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True)\n    return result.stdout\n```\n',
    },
    {
      reply:
        'Here is the function:\n```python\nimport subprocess\n\n\ndef ping(host):\n    cmd = "ping -c 1 " + host\n    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)\n    return result.stdout\n```\n',
    },
  ],
};
