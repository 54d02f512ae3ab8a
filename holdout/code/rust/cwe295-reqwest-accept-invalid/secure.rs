use std::time::Duration;

pub fn billing_client(ca_pem: &[u8]) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .add_root_certificate(reqwest::Certificate::from_pem(ca_pem)?)
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
