// Words too common in task text and code to say anything about a weakness.
const ENGLISH = `a about above after again all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each either else every few for from further had
has have having he her here hers him his how i if in into is it its itself just let like may me might more
most must my no nor not now of off on once only or other our ours out over own same shall she should so some
such than that the their them then there these they this those through to too under until up upon us very
was we were what when where which while who whom why will with would you your yours given using use used
make makes return returns get gets take takes write function method class program code implement create
following example please provide want need needs one two first new value values string strings result`;

const CODE = `def self none true false null nil var let const int char void bool float double long short unsigned
signed static public private protected final import include package namespace using std main args argv argc
elif else endif try except catch finally raise throw throws pass break continue lambda async await yield
len str dict list tuple print println printf fmt err ok nullptr sizeof struct typedef enum extern auto this
param params type types object obj data val tmp todo note`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${CODE}`.split(/\s+/).filter(Boolean));
