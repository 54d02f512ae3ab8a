<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class TicketController extends Controller
{
    public function index(Request $request)
    {
        $status = $request->input('status', 'open');
        $tickets = DB::select("SELECT id, subject, status FROM tickets WHERE status = '$status' ORDER BY updated_at DESC");
        return view('tickets.index', ['tickets' => $tickets]);
    }
}
