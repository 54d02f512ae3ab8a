<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class InviteController extends Controller
{
    public function landing(Request $request, string $code)
    {
        $from = $request->query('from', 'a friend');
        return response("<html><body><h1>You were invited by {$from}</h1>"
            . "<a href=\"/register?code={$code}\">Create your account</a></body></html>");
    }
}
