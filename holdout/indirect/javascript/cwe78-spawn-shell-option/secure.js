const { spawn } = require('child_process');

// Extracts a poster frame from an uploaded video; `input` is the stored upload path, `at` comes from the form.
function posterFrame(input, at, output) {
  if (!/^\d{1,2}:\d{2}:\d{2}(\.\d{1,3})?$/.test(String(at))) return Promise.reject(new Error('bad timestamp'));
  return new Promise((resolve, reject) => {
    const ff = spawn('ffmpeg', ['-y', '-ss', String(at), '-i', input, '-frames:v', '1', output]);
    ff.on('error', reject);
    ff.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`ffmpeg exited ${code}`))));
  });
}

module.exports = { posterFrame };
