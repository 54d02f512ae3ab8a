package com.acme.mailer.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Logger;

/** Landing page of the unsubscribe link in newsletters. */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(UnsubscribeServlet.class.getName());
    private transient SubscriptionService subscriptions;

    @Override
    public void init() {
        subscriptions = (SubscriptionService) getServletContext().getAttribute("subscriptions");
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String email = req.getParameter("email");
        String list = req.getParameter("list");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        if (email == null || list == null || !subscriptions.exists(list)) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            out.println("<p>This unsubscribe link is incomplete.</p>");
            return;
        }
        boolean removed = subscriptions.remove(list, email);
        LOG.info("unsubscribe list=" + list + " removed=" + removed);
        out.println("<html><body><h1>Unsubscribed</h1>");
        out.println("<p>" + email + " will no longer receive <b>" + html(subscriptions.title(list)) + "</b>.</p>");
        out.println("</body></html>");
    }
}
