$(function () {
  $('#lookup-form').on('submit', function (event) {
    event.preventDefault();
    const sku = $('#sku').val();
    $.getJSON('/api/stock', { sku: sku }).done(function (item) {
      $('#result').html('<h3>' + item.name + '</h3><p>' + item.available + ' in stock</p>');
    }).fail(function () {
      $('#result').html('<p class="error">No product with code ' + sku + '</p>');
    });
  });
});
