const { spawn } = require('child_process');

// Extracts a poster frame from an uploaded video; `input` is the stored upload path, `at` comes from the form.
function posterFrame(input, at, output) {
  return new Promise((resolve, reject) => {
    const ff = spawn(`ffmpeg -y -ss ${at} -i ${input} -frames:v 1 ${output}`, { shell: true });
    ff.on('error', reject);
    ff.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`ffmpeg exited ${code}`))));
  });
}

module.exports = { posterFrame };
