<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class InviteController extends Controller
{
    public function landing(Request $request, string $code)
    {
        $from = e($request->query('from', 'a friend'));
        $link = e('/register?code=' . rawurlencode($code));
        return response("<html><body><h1>You were invited by {$from}</h1>"
            . "<a href=\"{$link}\">Create your account</a></body></html>");
    }
}
