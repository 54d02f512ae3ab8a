const Stripe = require('stripe');

const stripe = Stripe('sk_live_51Hc2kQJx9YtUe0pVd8Rr3mNq7LwZa4BcD1eF6gH8iJ2kL5mN0pQ');

async function chargeCustomer(customerId, amountCents, description) {
  return stripe.paymentIntents.create({
    customer: customerId,
    amount: amountCents,
    currency: 'eur',
    description,
    confirm: true,
  });
}

module.exports = { chargeCustomer };
