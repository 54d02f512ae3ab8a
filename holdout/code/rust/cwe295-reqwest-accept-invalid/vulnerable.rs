use std::time::Duration;

pub fn billing_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .danger_accept_invalid_certs(true)
        .build()
}

pub async fn fetch_invoice(client: &reqwest::Client, id: u64) -> reqwest::Result<String> {
    client
        .get(format!("https://billing.internal.example.com/invoices/{id}"))
        .send()
        .await?
        .text()
        .await
}
